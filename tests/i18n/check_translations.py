#!/usr/bin/env python3
"""check_translations.py [--plural-only] [-I DIR]... LUPDATE TS_FILE SOURCE...

Fails when the committed translation misses a string of the current sources: lupdate merges the
sources into a copy of TS_FILE, and every message must then have a finished, non-empty translation
(plural forms included). Prints the missing source texts.

-I passes include directories to lupdate, as the build's <target>_lupdate does: without them
lupdate cannot resolve the headers and files the strings of namespaced Q_OBJECT classes under
the wrong context. --plural-only checks a file kept with lupdate -pluralonly (the English plural
forms): only numerus messages are merged, and each must be finished with all its forms."""
import argparse, os, shutil, subprocess, sys, tempfile
import xml.etree.ElementTree as ET

parser = argparse.ArgumentParser()
parser.add_argument('--plural-only', action='store_true')
parser.add_argument('-I', dest='includes', action='append', default=[], metavar='DIR')
parser.add_argument('lupdate')
parser.add_argument('ts')
parser.add_argument('sources', nargs='+')
args = parser.parse_args()

options = ['-silent', '-no-obsolete', '-locations', 'none']
if args.plural_only:
    options.append('-pluralonly')
for d in args.includes:
    options += ['-I', d]
with tempfile.TemporaryDirectory() as tmp:
    copy = os.path.join(tmp, os.path.basename(args.ts))
    shutil.copy(args.ts, copy)
    lst = os.path.join(tmp, 'sources.lst')
    with open(lst, 'w') as f:
        f.write('\n'.join(args.sources))
    subprocess.run([args.lupdate] + options + ['@' + lst, '-ts', copy], check=True)
    root = ET.parse(copy).getroot()
missing = []
total = 0
for ctx in root.iter('context'):
    name = ctx.findtext('name')
    for msg in ctx.iter('message'):
        total += 1
        tr = msg.find('translation')
        forms = tr.findall('numerusform') if tr is not None else []
        texts = [f.text for f in forms] if forms else [tr.text if tr is not None else None]
        if (tr is None or tr.get('type') in ('unfinished', 'vanished', 'obsolete') or not all(texts)
                or (msg.get('numerus') == 'yes' and len(forms) < 2)
                or (args.plural_only and msg.get('numerus') != 'yes')):
            missing.append('%s: %r' % (name, msg.findtext('source')))
for m in missing:
    print('untranslated:', m)
kind = 'plural strings' if args.plural_only else 'strings'
print('%d of %d %s translated in %s' % (total - len(missing), total, kind, os.path.basename(args.ts)))
sys.exit(1 if missing or (args.plural_only and total == 0) else 0)
