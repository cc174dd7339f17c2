#pragma once
/** @short A whole message taken apart for the spam classifier and the sender evidence: decoded
 *  headers, the Received chain, Authentication-Results, list headers, plain and visible HTML text,
 *  links, HTML tricks, attachments and the MIME structure.
 *
 * parseMessage() is a pure function over bytes: thread-safe (each call owns its GMime and gumbo
 * objects), never fetches anything, never fails. Its cost is bounded by ParseLimits, not by a
 * timer: before GMime sees the bytes a linear pre-scan cuts the message at maxRawBytes, replaces
 * NUL bytes, cuts header lines and splits body lines longer than maxLineLength, caps the header
 * bytes, and stops at the boundary that would make GMime's per-line boundary search or its part
 * count explode (GMime 3.2 parses 10,000 nested multiparts in 0.3 s and a 100 MB header line in
 * seconds). What was cut or broken is listed in ParsedMessage::problems and sets truncated. */
#include "mime/AuthResults.h"
#include "mime/Html.h"
#include "mime/ListHeaders.h"
#include "mime/MessageHeaders.h"
#include "mime/Received.h"

#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <optional>

namespace mailtide::mime {

struct ParseLimits
{
    int maxDepth = 20;                           ///< MIME nesting walked (message/rfc822 counts)
    int maxParts = 200;                          ///< MIME parts walked; also boundaries declared
    qsizetype maxRawBytes = 8 * 1024 * 1024;     ///< bytes of the message read at all
    qsizetype maxDecodedBytes = 4 * 1024 * 1024; ///< decoded part bytes, all parts together
    qsizetype maxLineLength = 64 * 1024;         ///< longer header lines are cut, body lines split
    qsizetype maxHeaderBytes = kMaxHeaderBytes;  ///< header bytes, all header blocks together
    int maxHeaders = 1000;                       ///< header fields kept from the top-level block
    qsizetype maxHtmlBytes = 1024 * 1024;        ///< HTML bytes analysed, all HTML parts together
    int maxLinks = 500;
    int maxHops = 100; ///< Received headers parsed
};

struct Attachment
{
    QString filename;           ///< decoded (RFC 2231 / RFC 2047); "" when none
    QString contentType;        ///< declared, lower-case "type/subtype"
    QString sniffedType;        ///< from the first bytes ("application/x-msdownload" for MZ); "" unknown
    qint64 size = 0;            ///< decoded bytes
    bool sizeEstimated = false; ///< not all was decoded (limits): size is from the encoded length
    bool isExecutableOrScript = false; ///< by extension (.exe .js .iso ...) or sniffed PE/ELF
    bool doubleExtension = false;      ///< "invoice.pdf.exe": a harmless-looking extension first
};

struct ParsedMessage
{
    QList<QPair<QString, QString>> headers; ///< top-level fields in order: name, decoded value
    QString subject;
    Address from;
    Address replyTo;
    QString returnPath; ///< addr-spec; "" for <> or none
    int toCount = 0;    ///< mailboxes in To (group members included)
    int ccCount = 0;
    QString messageId; ///< without angle brackets
    std::optional<Timestamp> date;

    QList<ReceivedHop> received;    ///< top-most (the last hop, nearest to us) first
    QList<AuthResults> authResults; ///< one per Authentication-Results header, in order
    ListHeaders list;

    QString text;       ///< all inline text/plain parts, decoded to UTF-8, in order
    QString htmlText;   ///< visible text of all inline text/html parts
    QString hiddenText; ///< text the HTML hides from the reader (capped)
    QList<Link> links;  ///< from the HTML parts

    bool hasHtml = false;
    bool htmlOnly = false; ///< HTML, and no text/plain part with a letter in it
    int hiddenTextChars = 0;
    int tinyFontChars = 0;
    int imageCount = 0;
    bool imagesOnly = false;
    int formCount = 0;
    int scriptCount = 0;

    QList<Attachment> attachments;

    int partCount = 0;        ///< MIME entities walked, multiparts included
    int maxDepth = 0;         ///< 1 for a single-part message
    QStringList contentTypes; ///< walk order, lower-case ("multipart/alternative", "text/html")
    QStringList charsets;     ///< distinct, lower-case, as declared

    qsizetype rawSize = 0;
    QStringList problems;   ///< distinct, stable English phrases ("invalid base64", ...)
    bool truncated = false; ///< some limit cut something: the fields describe a prefix

    /** The first decoded value of a header (case-insensitive name), or "". */
    QString header(QStringView name) const;
};

ParsedMessage parseMessage(QByteArrayView raw, const ParseLimits &limits = {});

/** The header facts of an already parsed message, as parseHeaders() gives them for raw bytes:
 *  an import that classifies parses each message once. */
MessageHeaders headersOf(const ParsedMessage &p);

/** One leaf of a message's MIME tree with its decoded bytes: what readers of a part's content need
 *  (the self-check's bounce, complaint and DMARC report parsers), which ParsedMessage does not keep. */
struct MimeLeaf
{
    QString contentType; ///< lower-case "type/subtype" as declared
    QString filename;    ///< Content-Disposition filename, else Content-Type name (RFC 2231/2047 decoded); "" when none
    QString reportType;  ///< report-type of the nearest enclosing multipart/report, lower-case; "" when none
    int depth = 1;       ///< 1 for the message's own body
    /** Decoded (base64, quoted-printable) bytes, at most maxLeafBytes. A message/rfc822 (or
     *  message/global) part is a leaf too: its bytes are the embedded message, headers first, and
     *  its own parts are not listed. */
    QByteArray data;
    bool cut = false; ///< data is not the whole content (a limit)
};

struct MimeLeaves
{
    QList<MimeLeaf> leaves; ///< in document order
    QStringList problems;   ///< as ParsedMessage::problems
    bool truncated = false;
};

/** The leaves of raw's MIME tree with their content, under the same pre-scan and limits as
 *  parseMessage() (maxParts, maxDepth, maxDecodedBytes for all leaves together). Pure, never fails. */
MimeLeaves mimeLeaves(QByteArrayView raw, qsizetype maxLeafBytes, const ParseLimits &limits = {});

/** The type the first bytes of a file show ("application/pdf"), or "" when none is known. */
QString sniffContentType(QByteArrayView head);

/** True for file names a mail client should never open directly (executables and scripts by
 *  extension, disk images, shortcuts); sets *doubleExtension for "name.pdf.exe". */
bool isExecutableName(const QString &filename, bool *doubleExtension = nullptr);

} // namespace mailtide::mime
