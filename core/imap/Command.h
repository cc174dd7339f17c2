#pragma once
/** @short Command arguments built safely (RFC 3501 section 4 and 9: astring, quoted, literal).
 *
 * The one rule: bytes that came from a user, a message or a server never reach the wire unquoted
 * unless every byte is an ASTRING-CHAR, and never inside a quoted string when they hold CR, LF or
 * NUL (those need a literal, which the session sends with its continuation round trip).
 * Pure functions, thread-safe. */
#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace mailtide::imap {

/** DQUOTE bytes DQUOTE with "\" and "\"" escaped; nullopt when bytes contain CR, LF or NUL (the
 *  caller must send a literal). 8-bit bytes are kept: valid under UTF8=ACCEPT (RFC 6855/9051); a
 *  strict RFC 3501 server wants a literal for them. */
std::optional<QByteArray> quoted(QByteArrayView bytes);

/** The bytes as an atom when they are non-empty ASTRING-CHARs (printable ASCII but
 *  "(" ")" "{" SP "%" "*" "\"" "\\") and not "NIL" in any case (a mailbox called NIL must not
 *  read as nil), else quoted. Precondition: no CR, LF or NUL — callers check with quoted() first;
 *  should one slip through it is dropped, never sent (a CR LF would end the command and let the
 *  rest run as a command of its own). */
QByteArray astring(QByteArrayView bytes);

/** A mailbox name the user typed: modified UTF-7 (RFC 3501 section 5.1.3), then astring().
 *  For a name the server listed, send the server's bytes through astring() instead. */
QByteArray mailboxArgument(const QString &name);

} // namespace mailtide::imap
