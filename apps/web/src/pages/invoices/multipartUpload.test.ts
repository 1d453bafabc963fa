import { describe, expect, it } from 'vitest';
import { headerFileName, multipartUpload } from './multipartUpload.ts';

const xml = (name: string, text: string, type = 'text/xml') => new File([text], name, { type });

describe('multipartUpload', () => {
  it('given two files, then each is a part with its name and type, and the body ends with the closing boundary', async () => {
    const upload = multipartUpload([xml('a.xml', '<Invoice/>'), xml('b.xml', '<CreditNote/>', '')], 'B');
    expect(upload.contentType).toBe('multipart/form-data; boundary=B');
    expect(await upload.file.text()).toBe(
      '--B\r\nContent-Disposition: form-data; name="files"; filename="a.xml"\r\nContent-Type: text/xml\r\n\r\n<Invoice/>\r\n' +
        '--B\r\nContent-Disposition: form-data; name="files"; filename="b.xml"\r\nContent-Type: application/xml\r\n\r\n<CreditNote/>\r\n' +
        '--B--\r\n',
    );
  });

  it('given a file with bytes that are not UTF-8, then they are sent unchanged', async () => {
    const bytes = new Uint8Array([0x3c, 0xe6, 0xf8, 0xe5, 0x00, 0xff, 0x3e]);
    const upload = multipartUpload([new File([bytes], 'latin1.xml')], 'B');
    const body = new Uint8Array(await upload.file.arrayBuffer());
    const head = new TextEncoder().encode(
      '--B\r\nContent-Disposition: form-data; name="files"; filename="latin1.xml"\r\nContent-Type: application/xml\r\n\r\n',
    );
    expect([...body.slice(head.length, head.length + bytes.length)]).toEqual([...bytes]);
  });

  it('given no boundary, then a fresh one is made for every body', () => {
    const a = multipartUpload([xml('a.xml', 'x')]).contentType;
    const b = multipartUpload([xml('a.xml', 'x')]).contentType;
    expect(a).toMatch(/^multipart\/form-data; boundary=----OverblikInvoices[0-9a-f-]{36}$/);
    expect(a).not.toBe(b);
  });
});

describe('headerFileName', () => {
  it('given quotes and line breaks, then they are percent-encoded and Danish letters are kept', () => {
    expect(headerFileName('faktura "ærø"\r\n.xml')).toBe('faktura %22ærø%22%0D%0A.xml');
  });
});
