#include "classify/InputBuilder.h"

#include "mime/ParsedMessage.h"

namespace mailtide::classify {

MessageInput buildInput(QByteArrayView raw)
{
    return buildInput(mime::parseMessage(raw));
}

MessageInput buildInput(const mime::ParsedMessage &p)
{
    MessageInput in;
    in.size = p.rawSize;
    in.headers = p.headers;
    in.subject = p.subject;
    in.fromName = p.from.name;
    in.fromAddress = p.from.address;
    in.replyTo = p.replyTo.address;
    in.returnPath = p.returnPath;
    in.messageId = p.messageId;
    in.date = p.date;
    if (!p.received.isEmpty())
        in.received = p.received.first().date;
    for (const mime::ReceivedHop &h : p.received)
        in.hops.append({h.helo, h.rdns, h.ip, h.by});
    in.text = p.text;
    in.htmlText = p.htmlText;
    for (const mime::Link &l : p.links)
        in.links.append({l.url, l.host, l.domain, l.text, l.isIpLiteral, l.textShowsOtherDomain, l.shownDomain});
    in.contentTypes = p.contentTypes;
    in.charsets = p.charsets;
    for (const mime::Attachment &a : p.attachments) {
        const bool sniffedProgram = a.sniffedType == QLatin1String("application/x-msdownload") ||
                                    a.sniffedType == QLatin1String("application/x-executable");
        const QString declared = a.contentType.toLower();
        const bool declaredProgramOrOpaque =
            declared.isEmpty() || declared == QLatin1String("application/octet-stream") ||
            declared.contains(QLatin1String("msdownload")) || declared.contains(QLatin1String("executable")) ||
            declared.contains(QLatin1String("dosexec")) || declared.contains(QLatin1String("portable-executable"));
        in.attachments.append({a.filename, a.contentType, a.sniffedType, a.size, a.isExecutableOrScript,
                               a.doubleExtension || (sniffedProgram && !declaredProgramOrOpaque)});
    }
    in.hasHtml = p.hasHtml;
    in.htmlOnly = p.htmlOnly;
    in.hiddenTextChars = p.hiddenTextChars;
    in.tinyFontChars = p.tinyFontChars;
    in.imageCount = p.imageCount;
    in.imagesOnly = p.imagesOnly;
    in.partCount = p.partCount;
    in.problems = p.problems;
    return in;
}

} // namespace mailtide::classify
