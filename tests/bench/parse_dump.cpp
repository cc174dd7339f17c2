// parse_dump [--headers] FILE_LIST — prints what the MIME parser made of each message, one block
// per file, for diffing two builds of the parser (a change meant to be faster must give the same
// blocks). --headers: what mime::parseHeaders() (the header-only parse of syncs and imports) made.
// A developer's tool, not a test.
#include "mime/ParsedMessage.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QTextStream>

using namespace mailtide;

namespace {

QString digest(const QString &s)
{
    return QString::fromLatin1(QCryptographicHash::hash(s.toUtf8(), QCryptographicHash::Md5).toHex().left(12)) +
           QStringLiteral(" (%1 chars)").arg(s.size());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool headersOnly = argc > 2 && QByteArrayView(argv[1]) == "--headers";
    if (argc < 2 || (argc > 2 && !headersOnly)) {
        QTextStream(stderr) << "usage: parse_dump [--headers] FILE_LIST\n";
        return 2;
    }
    QFile list(QString::fromLocal8Bit(argv[argc - 1]));
    if (!list.open(QIODevice::ReadOnly)) return 1;
    QTextStream out(stdout);
    while (!list.atEnd()) {
        const QString path = QString::fromUtf8(list.readLine()).trimmed().section(QLatin1Char('\t'), -1);
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) continue;
        if (headersOnly) {
            const mime::MessageHeaders h = mime::parseHeaders(f.readAll());
            out << "== " << path << "\nmessage-id " << h.messageId << "\nsubject " << h.subject << "\nfrom "
                << h.from.name << " <" << h.from.address << ">\nreply-to " << h.replyTo << "\nreturn-path "
                << h.returnPath << "\ndate " << (h.date ? h.date->utc : -1) << ' ' << (h.date ? h.date->offset : -1)
                << "\nreceived " << (h.topReceived ? h.topReceived->utc : -1) << ' '
                << (h.topReceived ? h.topReceived->offset : -1) << "\nstatus " << h.statusFlags << "\n";
            continue;
        }
        const mime::ParsedMessage m = mime::parseMessage(f.readAll());
        out << "== " << path << "\n";
        for (const auto &[n, v] : m.headers)
            out << "h " << n << ": " << v << "\n";
        out << "subject " << m.subject << "\nfrom " << m.from.name << " <" << m.from.address << ">\nreply-to "
            << m.replyTo.address << "\nreturn-path " << m.returnPath << "\nto " << m.toCount << " cc " << m.ccCount
            << "\nmessage-id " << m.messageId << "\ndate " << (m.date ? m.date->utc : -1) << "\n";
        for (const mime::ReceivedHop &h : m.received)
            out << "hop " << h.helo << " | " << h.rdns << " | " << h.ip << " | " << h.ident << " | " << h.mayBeForged
                << " | " << h.by << " | " << h.via << " | " << h.with << " | " << h.protocol << " | " << h.id << " | "
                << h.forAddress << " | " << h.envelopeFrom << " | " << h.tls << " | " << (h.date ? h.date->utc : -1)
                << "\n";
        out << "auth " << m.authResults.size() << " list " << m.list.unsubscribe.size() << "\n";
        out << "text " << digest(m.text) << "\nhtml " << digest(m.htmlText) << " hidden " << digest(m.hiddenText)
            << "\n";
        for (const mime::Link &l : m.links)
            out << "link " << l.url << " | " << l.text << "\n";
        for (const mime::Attachment &a : m.attachments)
            out << "att " << a.filename << " | " << a.contentType << " | " << a.sniffedType << " | " << a.size << "\n";
        out << "parts " << m.partCount << " depth " << m.maxDepth << " types " << m.contentTypes.join(u',')
            << " charsets " << m.charsets.join(u',') << "\nflags " << m.hasHtml << m.htmlOnly << m.imagesOnly << " "
            << m.hiddenTextChars << " " << m.tinyFontChars << " " << m.imageCount << " " << m.formCount << " "
            << m.scriptCount << " truncated " << m.truncated << "\nproblems " << m.problems.join(u"; ") << "\n";
    }
    return 0;
}
