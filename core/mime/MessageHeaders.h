#pragma once
/** @short The header facts an import needs, decoded to UTF-8 (GMime 3 underneath).
 *
 * Pure functions over bytes; thread-safe (each call uses its own GMime objects). Bounded: only
 * the header block is parsed, and it is cut at kMaxHeaderBytes. */
#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QString>

#include <optional>

namespace mailtide::mime {

inline constexpr qsizetype kMaxHeaderBytes = 256 * 1024;

struct Address
{
    QString name;    ///< display name, decoded (RFC 2047)
    QString address; ///< addr-spec, as written (local part case kept)
};

struct Timestamp
{
    qint64 utc = 0;     ///< seconds since the epoch
    int offset = 0;     ///< the UTC offset it was written with, seconds
};

struct MessageHeaders
{
    QString messageId; ///< without angle brackets
    QString subject;   ///< decoded
    Address from;
    QString replyTo;    ///< first address
    QString returnPath; ///< addr-spec, "" for the null sender <>
    std::optional<Timestamp> date;          ///< the Date: header, when it parses
    std::optional<Timestamp> topReceived;   ///< the date of the top-most Received: header
    int statusFlags = 0; ///< mbox Status:/X-Status: as store::MessageFlag bits
    QString listId;      ///< List-Id (RFC 2919), the id inside the brackets; "" when none
    int listUnsubscribe = 0; ///< 0 no List-Unsubscribe, 1 a URI to unsubscribe, 2 RFC 8058 one-click
};

/** The header block of a raw message: up to the first empty line (LF or CRLF), capped at
 *  kMaxHeaderBytes. A message with no body returns everything (capped). */
QByteArrayView headerBlock(QByteArrayView raw);

/** Parses the header block of raw (a whole message or just its headers). Never fails: missing
 *  or broken headers leave their fields empty. */
MessageHeaders parseHeaders(QByteArrayView raw);

/** Parses an RFC 5322 date (leniently, as GMime does: obsolete zones, missing seconds). */
std::optional<Timestamp> parseDate(QByteArrayView text);

/** The date part of a Received: header value: what follows the last ';'. */
QByteArrayView receivedDatePart(QByteArrayView receivedValue);

/** mbox Status:/X-Status: header values as store::MessageFlag bits (R read; A answered,
 *  F flagged, D deleted, T draft). */
int mboxStatusFlags(QByteArrayView status, QByteArrayView xstatus);

/** Ensures g_mime_init() ran (once per process). */
void ensureGmime();

} // namespace mailtide::mime
