#include "mime/MessageText.h"

#include <gmime/gmime.h>
#include <gumbo.h>

#include "mime/MessageHeaders.h"

#include <QCoreApplication>
#include <QLocale>

#include <memory>

namespace mailtide::mime {

namespace {

struct Unref
{
    void operator()(void *p) const
    {
        if (p)
            g_object_unref(p);
    }
};

void appendText(const GumboNode *node, QString &out, int depth)
{
    if (depth > 200 || out.size() > kMaxTextChars)
        return; // gumbo builds the tree; we only bound how deep we walk it
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE) {
        out += QString::fromUtf8(node->v.text.text).simplified();
        out += QLatin1Char(' ');
        return;
    }
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT)
        return;
    if (node->type == GUMBO_NODE_ELEMENT) {
        switch (node->v.element.tag) {
        case GUMBO_TAG_SCRIPT:
        case GUMBO_TAG_STYLE:
        case GUMBO_TAG_HEAD:
        case GUMBO_TAG_TITLE:
        case GUMBO_TAG_NOSCRIPT:
        case GUMBO_TAG_TEMPLATE:
            return;
        default:
            break;
        }
    }
    const GumboVector &children = node->type == GUMBO_NODE_DOCUMENT ? node->v.document.children
                                                                    : node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i)
        appendText(static_cast<const GumboNode *>(children.data[i]), out, depth + 1);
    if (node->type == GUMBO_NODE_ELEMENT) {
        switch (node->v.element.tag) {
        case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_BR: case GUMBO_TAG_TR: case GUMBO_TAG_LI:
        case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_TABLE:
        case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE: case GUMBO_TAG_HR:
            while (out.endsWith(QLatin1Char(' ')))
                out.chop(1);
            out += QLatin1Char('\n');
            break;
        default:
            break;
        }
    }
}

QString partText(GMimeObject *part)
{
    char *t = g_mime_text_part_get_text(GMIME_TEXT_PART(part));
    QString s = QString::fromUtf8(t ? t : "");
    g_free(t);
    return s;
}

} // namespace

QString htmlToText(const QByteArray &html)
{
    GumboOutput *doc = gumbo_parse_with_options(&kGumboDefaultOptions, html.constData(), size_t(html.size()));
    QString out;
    appendText(doc->document, out, 0);
    gumbo_destroy_output(&kGumboDefaultOptions, doc);
    // Collapse the runs of blank lines that layout tables leave.
    QStringList lines = out.split(QLatin1Char('\n'));
    QString result;
    int blank = 0;
    for (QString &l : lines) {
        l = l.trimmed();
        blank = l.isEmpty() ? blank + 1 : 0;
        if (blank <= 1)
            result += l + QLatin1Char('\n');
    }
    return result.trimmed();
}

MessageText readableText(const QByteArray &raw)
{
    ensureGmime();
    MessageText out;
    QByteArray bytes = raw;
    bytes.replace('\0', ' ');
    std::unique_ptr<GMimeStream, Unref> stream(
        g_mime_stream_mem_new_with_buffer(bytes.constData(), size_t(bytes.size())));
    std::unique_ptr<GMimeParser, Unref> parser(g_mime_parser_new_with_stream(stream.get()));
    g_mime_parser_set_format(parser.get(), GMIME_FORMAT_MESSAGE);
    std::unique_ptr<GMimeMessage, Unref> msg(g_mime_parser_construct_message(parser.get(), nullptr));
    if (!msg) {
        out.body = QString::fromUtf8(raw.left(kMaxTextChars));
        return out;
    }
    GMimeHeaderList *headers = g_mime_object_get_header_list(GMIME_OBJECT(msg.get()));
    for (int i = 0; i < g_mime_header_list_get_count(headers) && i < 1000; ++i) {
        GMimeHeader *h = g_mime_header_list_get_header_at(headers, i);
        out.headers.append({QString::fromUtf8(g_mime_header_get_name(h)),
                            QString::fromUtf8(g_mime_header_get_value(h)).simplified()});
    }

    QString plain, html;
    int visited = 0;
    // The iterator starts on the message's own body part, then walks its subparts depth-first.
    GMimePartIter *iter = g_mime_part_iter_new(GMIME_OBJECT(msg.get()));
    auto visit = [&](GMimeObject *part) {
        if (!part || !GMIME_IS_PART(part))
            return;
        GMimeContentType *ct = g_mime_object_get_content_type(part);
        const bool attachment = g_mime_part_is_attachment(GMIME_PART(part));
        if (!attachment && GMIME_IS_TEXT_PART(part) && g_mime_content_type_is_type(ct, "text", "plain")) {
            if (plain.size() < kMaxTextChars)
                plain += partText(part);
        } else if (!attachment && GMIME_IS_TEXT_PART(part) && g_mime_content_type_is_type(ct, "text", "html")) {
            if (html.size() < kMaxTextChars)
                html += partText(part);
        } else {
            const char *name = g_mime_part_get_filename(GMIME_PART(part));
            char *type = g_mime_content_type_get_mime_type(ct);
            out.attachments << QCoreApplication::translate("MessageText", "%1 (%2)")
                                   .arg(name ? QString::fromUtf8(name)
                                             : QCoreApplication::translate("MessageText", "unnamed"),
                                        QString::fromUtf8(type));
            g_free(type);
        }
    };
    if (g_mime_part_iter_is_valid(iter)) {
        do
            visit(g_mime_part_iter_get_current(iter));
        while (++visited < kMaxParts && g_mime_part_iter_next(iter));
    }
    g_mime_part_iter_free(iter);

    if (!plain.trimmed().isEmpty()) {
        out.body = plain;
    } else if (!html.isEmpty()) {
        out.body = htmlToText(html.toUtf8());
        out.bodyFromHtml = true;
    }
    if (out.body.size() > kMaxTextChars) {
        out.body.truncate(kMaxTextChars);
        out.truncated = true;
    }
    return out;
}

} // namespace mailtide::mime
