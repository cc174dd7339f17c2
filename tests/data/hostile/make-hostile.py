#!/usr/bin/env python3
"""Writes the hostile messages parseMessage() must survive in milliseconds.

    make-hostile.py OUTDIR           the full set (about 250 MB: 100 MB line, 50 MB attachment)
    make-hostile.py --small OUTDIR   the same shapes scaled down (fuzz seeds, quick runs)

tst_parsedmessage runs this into a temporary directory; nothing it writes is committed. Each file
is one pathological shape; the expected outcome is in tst_parsedmessage.cpp (hostileMessages).
"""
import base64
import os
import sys

HEAD = (b"From: Hostile <hostile@example.com>\r\n"
        b"To: victim@example.org\r\n"
        b"Subject: %s\r\n"
        b"Date: Mon, 6 Jan 2003 09:00:00 +0000\r\n"
        b"Message-ID: <%s@hostile.example>\r\n"
        b"MIME-Version: 1.0\r\n")


def head(name):
    return HEAD % (name.encode(), name.encode())


def nested_multipart(depth):
    out = [head("nested-multipart")]
    for i in range(depth):
        out.append(b'Content-Type: multipart/mixed; boundary="b%d"\r\n\r\n--b%d\r\n' % (i, i))
    out.append(b"Content-Type: text/plain\r\n\r\ninnermost words\r\n")
    for i in reversed(range(depth)):
        out.append(b"--b%d--\r\n" % i)
    return b"".join(out)


def nested_rfc822(depth):
    out = [head("nested-rfc822")]
    for _ in range(depth):
        out.append(b"Content-Type: message/rfc822\r\n\r\nFrom: inner@example.com\r\nSubject: inner\r\n")
    out.append(b"\r\ninnermost words\r\n")
    return b"".join(out)


def long_line(size):
    return head("long-line") + b"Content-Type: text/plain\r\n\r\n" + b"A" * size + b"\r\n"


def long_header(size):
    words = (b"spam " * (size // 5 + 1))[:size]
    return (b"From: a@example.com\r\nX-Long: " + words + b"\r\nSubject: after the long header\r\n\r\nbody\r\n")


def nul_bytes():
    return (head("nul\0bytes") + b"X-Nul: a\0b\0c\r\n"
            b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
            b"before\0after\r\n" + b"\0" * 1000 + b"\r\nend of body\r\n")


def invalid_encodings():
    return (head("invalid-encodings") +
            b'Content-Type: multipart/mixed; boundary="XX"\r\n\r\n'
            b"--XX\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\n"
            b"SGVsbG8g!!!d29y*bGQ=garbage after padding===\r\n"
            b"--XX\r\nContent-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
            b"caf=E9 =ZZ broken =4 escape=\r\nsoft break\r\n"
            b"--XX\r\nContent-Type: application/octet-stream; name=\"x.bin\"\r\n"
            b"Content-Transfer-Encoding: x-unknown-encoding\r\n\r\nraw bytes\r\n"
            b"--XX--\r\n")


def unknown_charsets():
    return (b"From: =?x-klingon?Q?Qapla=27?= <k@example.com>\r\n"
            b"Subject: =?x-unknown?B?SGVsbG8=?= and =?utf-8?B?w6k=?= and =?iso-8859-1?Q?caf=E9?=\r\n"
            b"MIME-Version: 1.0\r\n"
            b'Content-Type: multipart/alternative; boundary="YY"\r\n\r\n'
            b"--YY\r\nContent-Type: text/plain; charset=x-klingon\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
            b"caf\xe9 \xff\xfe plain\r\n"
            b"--YY\r\nContent-Type: text/html; charset=\"utf-8\"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
            b"<p>bad utf-8: \xc3\x28 \xe2\x82 \xf0\x9f</p>\r\n"
            b"--YY\r\nContent-Type: text/plain; charset=euc-jp\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
            b"\xa4\xb3\xa4\xf3 \xff\xff \xa4\r\n"
            b"--YY--\r\n")


def big_attachment(size):
    payload = b"MZ" + os.urandom(64) + b"\0" * (size - 66)
    encoded = base64.encodebytes(payload)  # 76-column lines
    return (head("big-attachment") +
            b'Content-Type: multipart/mixed; boundary="ZZ"\r\n\r\n'
            b"--ZZ\r\nContent-Type: text/plain\r\n\r\nsee the attachment\r\n"
            b"--ZZ\r\nContent-Type: application/octet-stream; name=\"invoice.pdf.exe\"\r\n"
            b"Content-Disposition: attachment; filename=\"invoice.pdf.exe\"\r\n"
            b"Content-Transfer-Encoding: base64\r\n\r\n" + encoded + b"--ZZ--\r\n")


def html_nested(depth):
    return (head("html-nested") + b"Content-Type: text/html; charset=utf-8\r\n\r\n<html><body>" +
            b"<div>" * depth + b"deep text <a href=\"http://deep.example/\">deep link</a>" +
            b"</div>" * depth + b"</body></html>\r\n")


def many_parts(count):
    out = [head("many-parts"), b'Content-Type: multipart/mixed; boundary="P"\r\n\r\n']
    for i in range(count):
        out.append(b"--P\r\nContent-Type: text/plain\r\n\r\npart %d\r\n" % i)
    out.append(b"--P--\r\n")
    return b"".join(out)


def boundary_scan(depth, lines):
    out = [head("boundary-scan")]
    for i in range(depth):
        out.append(b'Content-Type: multipart/mixed; boundary="b%d"\r\n\r\n--b%d\r\n' % (i, i))
    out.append(b"Content-Type: text/plain\r\n\r\n")
    out.append(b"--b0x not a boundary\r\n" * lines)
    return b"".join(out)


def received_flood(count):
    hops = b"".join(b"Received: from h%d.example (h%d.example [192.0.2.%d]) by mx%d.example with ESMTP "
                    b"id %d; Mon, 6 Jan 2003 09:00:00 +0000\r\n" % (i, i, i % 250 + 1, i, i)
                    for i in range(count))
    return hops + head("received-flood") + b"\r\nbody\r\n"


def header_flood(count):
    return head("header-flood") + b"".join(b"X-H%d: v\r\n" % i for i in range(count)) + b"\r\nbody\r\n"


def main():
    args = sys.argv[1:]
    small = "--small" in args
    args = [a for a in args if a != "--small"]
    if len(args) != 1:
        sys.exit(__doc__)
    outdir = args[0]
    os.makedirs(outdir, exist_ok=True)
    s = (lambda full, tiny: tiny) if small else (lambda full, tiny: full)
    files = {
        "nested-multipart.eml": nested_multipart(s(10000, 300)),
        "nested-rfc822.eml": nested_rfc822(s(2000, 100)),
        "long-line.eml": long_line(s(100 * 1024 * 1024, 200 * 1024)),
        "long-header.eml": long_header(s(20 * 1024 * 1024, 200 * 1024)),
        "nul-bytes.eml": nul_bytes(),
        "invalid-encodings.eml": invalid_encodings(),
        "unknown-charsets.eml": unknown_charsets(),
        "big-attachment.eml": big_attachment(s(50 * 1024 * 1024, 100 * 1024)),
        "html-nested.eml": html_nested(s(100000, 3000)),
        "many-parts.eml": many_parts(s(100000, 500)),
        "boundary-scan.eml": boundary_scan(s(200, 50), s(1000000, 20000)),
        "received-flood.eml": received_flood(s(500, 150)),
        "header-flood.eml": header_flood(s(100000, 2000)),
    }
    for name, data in files.items():
        with open(os.path.join(outdir, name), "wb") as f:
            f.write(data)


if __name__ == "__main__":
    main()
