/**
 * /data/<file>: every file of the data package (CSV and JSON per table, every year in
 * one file; boundaries; manifest.json; SHA256SUMS) and the zip of all of them. Shared by
 * both languages; the /data/ and /en/data/ pages describe them.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { sitePackage, ZIP_NAME } from '../../lib/data-package.ts';
import { siteData } from '../../lib/site-data.ts';

export const getStaticPaths = (() => [
  ...sitePackage(siteData().dataset).files.map((f) => ({ params: { file: f.path } })),
  { params: { file: ZIP_NAME } },
]) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const pkg = sitePackage(siteData().dataset);
  const body = params.file === ZIP_NAME ? pkg.zip : pkg.files.find((f) => f.path === params.file)!.data;
  return new Response(typeof body === 'string' ? body : new Uint8Array(body));
};
