import type { Upload } from '../../api/client.ts';

/** The form field each file is sent in; the server takes every file part whatever its name. */
const FIELD = 'files';

/**
 * A file name as browsers put it in a multipart header (HTML's form-data encoding): UTF-8, with `"`, CR and LF
 * percent-encoded so the name cannot end the header early.
 */
export function headerFileName(name: string): string {
  return name.replace(/"/g, '%22').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/**
 * Many files as one `multipart/form-data` body, the same bytes a browser sends for a form with a multiple file
 * input. Built as a Blob so the API client sends it like any other upload (with its CSRF header); the files'
 * bytes are passed through untouched.
 */
export function multipartUpload(files: readonly File[], boundary = `----OverblikInvoices${crypto.randomUUID()}`): Upload {
  const parts: BlobPart[] = [];
  for (const file of files) {
    parts.push(
      `--${boundary}\r\n` +
        `Content-Disposition: form-data; name="${FIELD}"; filename="${headerFileName(file.name)}"\r\n` +
        `Content-Type: ${file.type || 'application/xml'}\r\n\r\n`,
      file,
      '\r\n',
    );
  }
  parts.push(`--${boundary}--\r\n`);
  return { file: new Blob(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}
