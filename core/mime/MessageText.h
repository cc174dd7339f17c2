#pragma once
/** @short A message made readable: decoded headers and a plain-text body, for the detail pane.
 *
 * Never loads or follows anything remote: HTML is reduced to its visible text. Bounded: at most
 * kMaxParts parts are visited and the text is cut at kMaxTextChars. Thread-safe. */
#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace mailtide::mime {

inline constexpr int kMaxParts = 500;
inline constexpr qsizetype kMaxTextChars = 1 << 20;

struct MessageText
{
    QList<QPair<QString, QString>> headers; ///< name, decoded value; in message order
    QString body;                           ///< plain text (from text/plain, else HTML as text)
    bool bodyFromHtml = false;
    bool truncated = false;
    QStringList attachments; ///< "name (type, size)"
};

MessageText readableText(const QByteArray &raw);

/** The visible text of an HTML document (scripts, styles and comments dropped; block elements
 *  end lines). Parsed with gumbo, which accepts any broken HTML. */
QString htmlToText(const QByteArray &html);

} // namespace mailtide::mime
