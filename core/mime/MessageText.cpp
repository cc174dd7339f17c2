#include "mime/MessageText.h"

#include "mime/Html.h"
#include "mime/ParsedMessage.h"

#include <QCoreApplication>

namespace mailtide::mime {

QString htmlToText(const QByteArray &html)
{
    // The guarded analysis (linear pre-scan before gumbo, iterative walk): hostile HTML costs
    // milliseconds here too.
    return analyzeHtml(html).visibleText.trimmed();
}

MessageText readableText(const QByteArray &raw)
{
    // One parser for everything: the bounded ParsedMessage (pre-scan before GMime).
    const ParsedMessage p = parseMessage(raw);
    MessageText out;
    out.headers = p.headers;
    if (!p.text.trimmed().isEmpty()) {
        out.body = p.text;
    } else if (!p.htmlText.trimmed().isEmpty()) {
        out.body = p.htmlText.trimmed();
        out.bodyFromHtml = true;
    }
    out.truncated = p.truncated;
    if (out.body.size() > kMaxTextChars) {
        out.body.truncate(kMaxTextChars);
        out.truncated = true;
    }
    for (const Attachment &a : p.attachments)
        out.attachments << QCoreApplication::translate("MessageText", "%1 (%2)")
                               .arg(a.filename.isEmpty() ? QCoreApplication::translate("MessageText", "unnamed")
                                                         : a.filename,
                                    a.sniffedType.isEmpty() ? a.contentType : a.sniffedType);
    return out;
}

} // namespace mailtide::mime
