#!/usr/bin/env python3
"""Fill the English plural forms of translations/mailtide_en.ts (lupdate -pluralonly)."""
import sys
import xml.etree.ElementTree as ET

T = {
    '%n of the messages you sent bounced.': ['%n message you sent bounced.', '%n of the messages you sent bounced.'],
    'and %n more': ['and %n more', 'and %n more'],
    '%1: %n file(s) skipped: not mail messages':
        ['%1: %n file skipped: not a mail message', '%1: %n files skipped: not mail messages'],
    '%n warning(s): %1': ['%n warning: %1', '%n warnings: %1'],
    '%n message(s), %1 spam': ['%n message, %1 spam', '%n messages, %1 spam'],
    '%Ln message(s)': ['%Ln message', '%Ln messages'],
    'Connected and logged in; the server has %n folder(s).':
        ['Connected and logged in; the server has %n folder.', 'Connected and logged in; the server has %n folders.'],
    'Sync of %1 cancelled: %n new message(s) kept.':
        ['Sync of %1 cancelled: %n new message kept.', 'Sync of %1 cancelled: %n new messages kept.'],
    'Undone: %n message(s) moved back.': ['Undone: %n message moved back.', 'Undone: %n messages moved back.'],
    '%n message(s) moved to Junk and learned as spam.':
        ['%n message moved to Junk and learned as spam.', '%n messages moved to Junk and learned as spam.'],
    '%n message(s) moved to the inbox and learned as not spam.':
        ['%n message moved to the inbox and learned as not spam.', '%n messages moved to the inbox and learned as not spam.'],
    'Move %n message(s) of %1 to Junk on the server, and teach Mailtide they are spam?':
        ['Move %n message of %1 to Junk on the server, and teach Mailtide it is spam?',
         'Move %n messages of %1 to Junk on the server, and teach Mailtide they are spam?'],
    'Move %n message(s) of %1 to the inbox on the server, and teach Mailtide they are not spam?':
        ['Move %n message of %1 to the inbox on the server, and teach Mailtide it is not spam?',
         'Move %n messages of %1 to the inbox on the server, and teach Mailtide they are not spam?'],
    'Learned from %n move(s): %1 spam, %2 not spam.':
        ['Learned from %n move: %1 spam, %2 not spam.', 'Learned from %n moves: %1 spam, %2 not spam.'],
    '(%n message(s) without a known new UID stay where they are)':
        ['(%n message without a known new UID stays where it is)', '(%n messages without a known new UID stay where they are)'],
    '%n planned message(s) are no longer in the folder: the server changed since the plan was made; nothing was done':
        ['%n planned message is no longer in the folder: the server changed since the plan was made; nothing was done',
         '%n planned messages are no longer in the folder: the server changed since the plan was made; nothing was done'],
}
path = sys.argv[1]
tree = ET.parse(path)
root = tree.getroot()
n = 0
for msg in root.iter('message'):
    src = msg.findtext('source')
    if msg.get('numerus') != 'yes':
        sys.exit('unexpected message: %r' % src)
    if src not in T:
        # The regular case: "%n message(s)" -> "%n message" / "%n messages". Anything else
        # (a verb that agrees, "child(ren)") must be written in T.
        if '(s)' not in src:
            sys.exit('no English plural forms for: %r' % src)
        T[src] = [src.replace('(s)', ''), src.replace('(s)', 's')]
    tr = msg.find('translation')
    tr.attrib.pop('type', None)
    for c in list(tr):
        tr.remove(c)
    tr.text = None
    for form in T[src]:
        ET.SubElement(tr, 'numerusform').text = form
    n += 1
root.set('language', 'en')
root.set('sourcelanguage', 'en')
with open(path, 'wb') as f:
    f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    tree.write(f, encoding='utf-8', xml_declaration=False)
print('%d plural messages filled' % n)
