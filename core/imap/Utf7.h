#pragma once
/** @short Modified UTF-7 for mailbox names (RFC 3501 section 5.1.3).
 *
 * Printable US-ASCII except "&" stands for itself, "&-" for "&", and any other run of characters is
 * "&" + modified BASE64 (RFC 2152 with "," for "/", no padding) of its UTF-16BE + "-".
 * Pure functions, thread-safe.
 *
 * Decoded names are for display. A name the server sent in a form that is not valid modified UTF-7
 * does not survive decode + encode, so commands must send the server's bytes back as they came
 * (see Command.h: mailboxArgument() is for names the user typed). */
#include <QByteArrayView>
#include <QString>

namespace mailtide::imap {

/** The name the bytes stand for. Never fails: input that is not valid modified UTF-7 (8-bit or
 *  control bytes, an unterminated or empty-payload "&" section other than "&-", a character that
 *  is not in BASE64, leftover bits that are not zero, an odd number of bytes, a lone surrogate, a
 *  printable ASCII character or "&" encoded in BASE64, two BASE64 runs back to back) is returned whole as UTF-8 when it is valid
 *  UTF-8 (servers with UTF8=ACCEPT, RFC 6855, and broken ones send raw UTF-8), else as Latin-1. */
QString decodeMailboxName(QByteArrayView bytes);

/** True when bytes are valid modified UTF-7 as described above. */
bool isValidMailboxName(QByteArrayView bytes);

/** The modified UTF-7 form of name. UTF-16 code units are encoded as they are (a lone surrogate
 *  included, which the server may refuse). */
QByteArray encodeMailboxName(const QString &name);

} // namespace mailtide::imap
