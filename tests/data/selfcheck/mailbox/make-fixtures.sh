#!/usr/bin/env bash
# Makes the binary fixtures of tests/data/selfcheck/mailbox with the real tools (Debian 12: gzip
# 1.12, Info-ZIP zip 3.0) and the DMARC report messages that carry them. Run once from this
# folder; the outputs are committed (zip stores times, so a re-run gives other bytes).
set -euo pipefail
cd "$(dirname "$0")"
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
A=archive

# --- archives the DMARC report messages carry ----------------------------------------------
G='google.com!good.test!1795564800!1795651199'
cp xml/google.xml "$T/$G.xml"
(cd "$T" && zip -q -X "$G.zip" "$G.xml")
cp "$T/$G.zip" "$A/google.zip"
M='enterprise.protection.outlook.com!good.test!1795478400!1795564800'
cp xml/microsoft.xml "$T/$M.xml"
(cd "$T" && gzip -9 -c "$M.xml" > "$M.xml.gz")
cp "$T/$M.xml.gz" "$A/microsoft.xml.gz"

# --- archives for the archive reader's tests -----------------------------------------------
(printf 'first member, ' | gzip -c; printf 'second member' | gzip -c) > "$A/two-members.gz"
head -c 300 "$A/microsoft.xml.gz" > "$A/truncated.xml.gz"
# bad CRC: the trailer's CRC-32 (8 bytes from the end) with its first byte inverted
python3 - "$A/microsoft.xml.gz" "$A/badcrc.xml.gz" <<'PY'
import sys; b = bytearray(open(sys.argv[1], 'rb').read()); b[-8] ^= 0xff; open(sys.argv[2], 'wb').write(b)
PY
head -c 1048576 /dev/zero | gzip -9 -n > "$A/zeros-1MiB.gz"
# zip bomb: 100 MiB of zeros deflated (about 100 KB)
head -c 104857600 /dev/zero > "$T/zeros.bin"
(cd "$T" && zip -q -9 -X bomb.zip zeros.bin)
cp "$T/bomb.zip" "$A/bomb.zip"
# a stored entry whose data was changed after zipping: the CRC no longer matches
printf 'v=DMARC1; p=reject\n' > "$T/stored.txt"
(cd "$T" && zip -q -0 -X badcrc.zip stored.txt)
python3 - "$T/badcrc.zip" "$A/badcrc.zip" <<'PY'
import sys; b = bytearray(open(sys.argv[1], 'rb').read()); b[30 + len('stored.txt')] ^= 0x20; open(sys.argv[2], 'wb').write(b)
PY
# an entry named ../../etc/passwd (zip keeps the ../ of a relative path it is given)
mkdir -p "$T/w/a/b" "$T/w/etc"; printf 'root:x:0:0:not really:/root:/bin/sh\n' > "$T/w/etc/passwd"
(cd "$T/w/a/b" && zip -q -X ../../../traversal.zip ../../etc/passwd)
cp "$T/traversal.zip" "$A/traversal.zip"
# a ZipCrypto-encrypted entry
(cd "$T" && zip -q -X -P secret encrypted.zip "$G.xml")
cp "$T/encrypted.zip" "$A/encrypted.zip"
# 101 files: one more than unzip()'s default maxEntries
mkdir -p "$T/many"; for i in $(seq -w 1 101); do printf '%s\n' "$i" > "$T/many/f$i.txt"; done
(cd "$T/many" && zip -q -X ../many.zip f*.txt)
cp "$T/many.zip" "$A/many.zip"
# a directory entry and a file in it
mkdir -p "$T/d/reports"; cp xml/google.xml "$T/d/reports/report.xml"
(cd "$T/d" && zip -q -r -X ../with-dir.zip reports)
cp "$T/with-dir.zip" "$A/with-dir.zip"
# streamed (stdin to a pipe): sizes and CRC in a data descriptor after the data (bit 3), as
# streaming writers such as Java's ZipOutputStream make them; the entry is named "-"
zip -q -X - - < xml/google.xml | cat > "$A/streamed.zip"
# zip64 forced (-fz): refused, with a plain error
(cd "$T" && printf 'zip64' > z.txt && zip -q -X -fz zip64.zip z.txt)
cp "$T/zip64.zip" "$A/zip64.zip"

# --- the DMARC report messages -----------------------------------------------------------
b64() { base64 -w 76 "$1"; }
{
cat <<MSG
Return-Path: <noreply-dmarc-support@google.com>
Received: from mail-sor-f69.google.com (mail-sor-f69.google.com [192.0.2.69])
	by mail.good.test (Postfix) with ESMTPS id 4FpC7x1Yza
	for <dmarc@good.test>; Fri, 27 Nov 2026 00:12:40 +0000 (UTC)
Date: Thu, 26 Nov 2026 15:59:59 -0800
Message-ID: <4795148925345218793@google.com>
Subject: Report domain: good.test Submitter: google.com Report-ID: 4795148925345218793
From: noreply-dmarc-support@google.com
To: dmarc@good.test
MIME-Version: 1.0
Content-Type: application/zip; 
	name="$G.zip"
Content-Disposition: attachment; 
	filename="$G.zip"
Content-Transfer-Encoding: base64

MSG
b64 "$A/google.zip"
} > dmarc-google-zip.eml
{
cat <<MSG
Return-Path: <dmarcreport@microsoft.com>
From: DMARC Aggregate Report <dmarcreport@microsoft.com>
To: dmarc@good.test
Subject: Report Domain: good.test Submitter: enterprise.protection.outlook.com Report-ID: a1b2c3d4e5f60718293a4b5c6d7e8f90
Date: Wed, 25 Nov 2026 03:11:52 +0000
Message-ID: <a1b2c3d4e5f60718293a4b5c6d7e8f90@dmarc.outlook.example>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="_000_a1b2c3d4_"

--_000_a1b2c3d4_
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

This is a DMARC aggregate report from Microsoft Corporation. For Emails rece=
ived between 2026-11-24 00:00:00 UTC to 2026-11-25 00:00:00 UTC.

--_000_a1b2c3d4_
Content-Type: application/gzip
Content-Transfer-Encoding: base64
Content-ID: <a1b2c3d4-report@dmarc.outlook.example>
Content-Description: $M.xml.gz
Content-Disposition: attachment; filename="$M.xml.gz"

MSG
b64 "$A/microsoft.xml.gz"
printf '\n--_000_a1b2c3d4_--\n'
} > dmarc-microsoft-gzip.eml
{
cat <<MSG
From: DMARC reports <dmarc-reports@receiver.example>
To: dmarc@good.test
Subject: Report Domain: good.test Submitter: mail.receiver.example Report-ID: <receiver-2026-11-25-good.test>
Date: Thu, 26 Nov 2026 02:00:00 +0000
Message-ID: <dmarc.20261126@receiver.example>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="xml-report"

--xml-report
Content-Type: text/plain; charset=utf-8

DMARC aggregate report for good.test, attached.

--xml-report
Content-Type: text/xml; charset=utf-8; name="mail.receiver.example!good.test!1795564800!1795651199.xml"
Content-Disposition: attachment; filename="mail.receiver.example!good.test!1795564800!1795651199.xml"
Content-Transfer-Encoding: 7bit

MSG
cat xml/dmarc2-namespaced.xml
printf '\n--xml-report--\n'
} > dmarc-plain-xml.eml
echo "made: $(ls "$A" | tr '\n' ' ')"
