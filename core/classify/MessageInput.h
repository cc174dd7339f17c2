#pragma once
/** @short What the tokenizer and the rules read of a message: decoded fields and features, no
 *  raw bytes. Built from a parsed message (mime::ParsedMessage), or by hand in tests. */
#include "mime/MessageHeaders.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace mailtide::classify {

struct InputLink
{
    QString url;
    QString host;           ///< lower-case host name or IP literal
    QString domain;         ///< registrable domain; empty for an IP
    QString anchorText;
    bool isIp = false;
    bool textShowsOtherDomain = false; ///< the anchor text names a domain the link does not go to
    QString shownDomain;               ///< the registrable domain (or IP) the anchor text names, if any
};

struct InputHop
{
    QString helo;      ///< what the sender claimed
    QString rdns;      ///< the receiving server's reverse-DNS record of the sender, when written
    QString ip;        ///< the sender's address, when written
    QString by;        ///< the receiving host
};

struct InputAttachment
{
    QString filename;
    QString declaredType;
    QString sniffedType;
    qint64 size = 0;
    bool executableOrScript = false;
    bool disguised = false; ///< a program dressed as a document: invoice.pdf.exe, or declared application/pdf but sniffed a program
};

struct MessageInput
{
    QList<QPair<QString, QString>> headers; ///< decoded, in order (name, value)
    QString subject;
    QString fromName;
    QString fromAddress;
    QString replyTo;
    QString returnPath;
    QString messageId;
    std::optional<mime::Timestamp> date;
    std::optional<mime::Timestamp> received; ///< top-most Received: date
    QList<InputHop> hops;                     ///< Received chain, top (newest) first
    QString text;     ///< text/plain parts
    QString htmlText; ///< visible text of text/html parts
    QList<InputLink> links;
    QStringList contentTypes; ///< of every part, "type/subtype"
    QStringList charsets;
    QList<InputAttachment> attachments;
    bool hasHtml = false;
    bool htmlOnly = false;
    int hiddenTextChars = 0;
    int tinyFontChars = 0;
    int imageCount = 0;
    bool imagesOnly = false;
    int partCount = 0;
    qint64 size = 0;
    QStringList problems; ///< parse problems: broken MIME is itself a signal
};

} // namespace mailtide::classify
