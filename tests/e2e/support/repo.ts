/** The repository the e2e build links "Laporkan koreksi" to: env ZP_REPO of the build in global-setup.ts. */
export const E2E_REPO = 'https://github.com/zona-pelayanan/zona-pelayanan';
