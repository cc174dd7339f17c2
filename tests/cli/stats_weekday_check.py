#!/usr/bin/env python3
"""Independent check of `mailtide-cli stats --by weekday`: counts a folder of .eml files by
weekday with Python's email module, using the received-time policy of the importer (the
top-most Received header's date if plausible, else the Date header if plausible, else the file's
modification time; plausible = from 1990 to tomorrow), in UTC, and compares with the CLI's CSV.

    stats_weekday_check.py MAILTIDE_CLI MAIL_DIR

Imports MAIL_DIR into a temporary profile, prints both columns and exits non-zero on a mismatch
(listing the files whose weekday differs is left to a debugger: the counts say enough)."""
import csv
import email
import email.policy
import email.utils
import os
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone

def plausible(dt, now):
    return dt is not None and datetime(1990, 1, 1, tzinfo=timezone.utc).timestamp() <= dt.timestamp() <= now + 86400

def parse(value):
    try:
        dt = email.utils.parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError):
        return None
    if dt is None:
        return None
    if dt.tzinfo is None:  # "-0000": UTC of unknown origin (RFC 5322 3.3)
        dt = dt.replace(tzinfo=timezone.utc)
    return dt

def received_time(path, now):
    with open(path, 'rb') as f:
        msg = email.message_from_binary_file(f, policy=email.policy.compat32)
    received = msg.get_all('Received') or []
    if received:
        top = str(received[0])
        if ';' in top:
            dt = parse(top.rsplit(';', 1)[1])
            if plausible(dt, now):
                return dt.timestamp()
    date = msg.get('Date')
    if date is not None:
        dt = parse(str(date))
        if plausible(dt, now):
            return dt.timestamp()
    return os.stat(path).st_mtime

def main():
    cli, mail = sys.argv[1], sys.argv[2]
    if not os.path.isdir(mail):
        print('no mail at %s (installer/fetch-sample.sh): skipped' % mail)
        return 77
    now = time.time()
    expected = [0] * 7
    for root, _, files in os.walk(mail):
        for name in files:
            if name.startswith('.'):  # markers such as .complete; the importer skips them too
                continue
            t = received_time(os.path.join(root, name), now)
            expected[datetime.fromtimestamp(int(t), timezone.utc).isoweekday() - 1] += 1
    with tempfile.TemporaryDirectory() as d:
        db = os.path.join(d, 'check.db')
        subprocess.run([cli, '--db', db, 'import', '--quiet', '--account', 'check', mail], check=True,
                       stdout=subprocess.DEVNULL)
        out = subprocess.run([cli, '--db', db, 'stats', '--by', 'weekday', '--tz', 'UTC', '--format', 'csv'],
                             check=True, capture_output=True, text=True).stdout
    rows = list(csv.DictReader(line for line in out.splitlines() if not line.startswith('#')))
    got = [int(r['total']) for r in rows]
    print('weekday  python  mailtide')
    for i, name in enumerate(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']):
        print('%-7s  %6d  %8d%s' % (name, expected[i], got[i], '' if expected[i] == got[i] else '  <-- differs'))
    return 0 if got == expected else 1

if __name__ == '__main__':
    sys.exit(main())
