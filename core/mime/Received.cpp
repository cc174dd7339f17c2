#include "mime/Received.h"

#include "util/Ascii.h"

#include <QHostAddress>
#include <QList>
#include <algorithm>
#include <cstdio>

namespace mailtide::mime {

namespace {

struct Token
{
    enum Kind { Word, Comment, Semicolon } kind;
    QByteArrayView text; ///< a comment's text is without its outer parentheses
};

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/** Words, (nested) comments and ';' — the CFWS-separated tokens of RFC 5322, leniently: a stray
 *  ')' is skipped and an unterminated comment runs to the end. Linear, no recursion. */
QList<Token> tokenize(QByteArrayView v)
{
    QList<Token> out;
    qsizetype i = 0;
    const qsizetype n = v.size();
    while (i < n) {
        const char c = v[i];
        if (isSpace(c) || c == ')') {
            ++i;
        } else if (c == ';') {
            out.append({Token::Semicolon, v.sliced(i, 1)});
            ++i;
        } else if (c == '(') {
            const qsizetype start = ++i;
            int depth = 1;
            while (i < n && depth > 0) {
                if (v[i] == '\\' && i + 1 < n)
                    ++i;
                else if (v[i] == '(')
                    ++depth;
                else if (v[i] == ')')
                    --depth;
                ++i;
            }
            const qsizetype end = depth == 0 ? i - 1 : n;
            out.append({Token::Comment, v.sliced(start, end - start)});
        } else {
            const qsizetype start = i;
            while (i < n && !isSpace(v[i]) && v[i] != '(' && v[i] != ';' && v[i] != ')')
                ++i;
            out.append({Token::Word, v.sliced(start, i - start)});
        }
    }
    return out;
}

QString text(QByteArrayView v)
{
    return QString::fromUtf8(v.data(), v.size()).trimmed();
}

QString stripAngles(QString s)
{
    if (s.startsWith(QLatin1Char('<'))) s.remove(0, 1);
    if (s.endsWith(QLatin1Char('>'))) s.chop(1);
    return s.trimmed();
}

QString hostName(QString s)
{
    while (s.endsWith(QLatin1Char('.')))
        s.chop(1); // Gmail writes rooted names: "mail-sor-f41.google.com."
    return s;
}

enum class Keyword { None, From, By, Via, With, Id, For };

Keyword keyword(QByteArrayView w)
{
    const auto eq = [w](const char *k) { return w.compare(QByteArrayView(k), Qt::CaseInsensitive) == 0; };
    if (eq("from")) return Keyword::From;
    if (eq("by")) return Keyword::By;
    if (eq("via")) return Keyword::Via;
    if (eq("with")) return Keyword::With;
    if (eq("id")) return Keyword::Id;
    if (eq("for")) return Keyword::For;
    return Keyword::None;
}

struct TcpInfo
{
    QString helo; ///< from "HELO x" (qmail) or "helo=x" (Exim)
    QString rdns;
    QString ip;
    QString ident;
    bool forged = false;
};

/** MTAs write "unknown" (Sendmail, Postfix, qmail) or "unverified" (Vircom, EMWAC) when the
 *  reverse lookup failed. */
bool isUnknown(const QString &name)
{
    return name.isEmpty() || name.compare(QLatin1String("unknown"), Qt::CaseInsensitive) == 0 ||
           name.compare(QLatin1String("unverified"), Qt::CaseInsensitive) == 0;
}

/** "user@host" or "IDENT:user@host" → ident, host. */
void splitIdent(QString word, TcpInfo &info)
{
    const qsizetype at = word.lastIndexOf(QLatin1Char('@'));
    if (at >= 0) {
        QString user = word.left(at);
        if (user.startsWith(QLatin1String("IDENT:"), Qt::CaseInsensitive)) user.remove(0, 6);
        info.ident = user;
        word = word.mid(at + 1);
    }
    if (!isUnknown(word)) info.rdns = hostName(word);
}

/** The TCP-info comment after the from-name, in any of the shapes MTAs write. */
void parseTcpInfo(QStringView c, TcpInfo &info)
{
    if (c.startsWith(QLatin1String("HELO "), Qt::CaseInsensitive) ||
        c.startsWith(QLatin1String("EHLO "), Qt::CaseInsensitive)) { // qmail
        info.helo = c.mid(5).trimmed().toString().section(QLatin1Char(' '), 0, 0);
        return;
    }
    if (c.contains(QLatin1String("may be forged"), Qt::CaseInsensitive)) info.forged = true;
    const qsizetype helo = c.indexOf(QLatin1String("helo="), 0, Qt::CaseInsensitive);
    if (helo >= 0) { // Exim: "[ip] helo=name" or "helo=name"
        info.helo = c.mid(helo + 5).toString().section(QLatin1Char(' '), 0, 0);
        c = c.left(helo);
    }
    const qsizetype open = c.indexOf(QLatin1Char('['));
    const qsizetype close = open >= 0 ? c.indexOf(QLatin1Char(']'), open) : -1;
    if (open >= 0 && close > open) {
        if (info.ip.isEmpty()) info.ip = canonicalIp(c.mid(open + 1, close - open - 1));
        const QString before = c.left(open).trimmed().toString();
        // "rdns [ip]", "IDENT:user@rdns [ip]", "user@[ip]", "unknown [ip]"
        QString word = before.section(QLatin1Char(' '), -1);
        if (word.endsWith(QLatin1Char('@'))) {
            info.ident = word.chopped(1);
            return;
        }
        splitIdent(word, info);
        return;
    }
    // qmail and Exchange write the bare IP: "(194.73.73.176)", "(2603:10a6:209:42::22)".
    const QString first = c.trimmed().toString().section(QLatin1Char(' '), 0, 0);
    const QString ip = canonicalIp(first);
    if (!ip.isEmpty() && info.ip.isEmpty()) info.ip = ip;
}

/** qmail: "(qmail 1866 invoked from network[159.134.237.78/wendell.eircom.net])". */
void parseQmailNetwork(QStringView c, TcpInfo &info)
{
    const qsizetype at = c.indexOf(QLatin1String("from network["), 0, Qt::CaseInsensitive);
    if (at < 0) return;
    QStringView rest = c.mid(at + 13);
    const qsizetype close = rest.indexOf(QLatin1Char(']'));
    if (close >= 0) rest = rest.left(close);
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    info.ip = canonicalIp(slash >= 0 ? rest.left(slash) : rest);
    if (slash >= 0) info.rdns = hostName(rest.mid(slash + 1).toString());
}

QString normalizedProtocol(const QList<QString> &words, bool &tls)
{
    if (words.isEmpty()) return {};
    const QString first = words.first().toUpper();
    if (first == QLatin1String("MICROSOFT")) // "with Microsoft SMTP Server (version=TLS1_2, ...)"
        return tls ? QStringLiteral("ESMTPS") : QStringLiteral("ESMTP");
    // RFC 3848 / RFC 8314 types and what MTAs write besides: a trailing S means TLS, A authenticated.
    static const QStringList known = {
        QStringLiteral("SMTP"),      QStringLiteral("ESMTP"),    QStringLiteral("ESMTPA"),
        QStringLiteral("LMTP"),      QStringLiteral("LMTPA"),    QStringLiteral("UTF8SMTP"),
        QStringLiteral("UTF8SMTPA"), QStringLiteral("UTF8LMTP"), QStringLiteral("UTF8LMTPA"),
        QStringLiteral("HTTP"),      QStringLiteral("IMAP"),     QStringLiteral("POP3"),
        QStringLiteral("LOCAL"),     QStringLiteral("ASMTP"),    QStringLiteral("QMQP"),
        QStringLiteral("MAPI"),
    };
    static const QStringList withTls = {
        QStringLiteral("ESMTPS"),    QStringLiteral("ESMTPSA"),    QStringLiteral("LMTPS"),
        QStringLiteral("LMTPSA"),    QStringLiteral("UTF8SMTPS"),  QStringLiteral("UTF8SMTPSA"),
        QStringLiteral("UTF8LMTPS"), QStringLiteral("UTF8LMTPSA"), QStringLiteral("HTTPS"),
        QStringLiteral("SMTPS"),     QStringLiteral("SMTPSA"),
    };
    if (withTls.contains(first)) {
        tls = true;
        return first;
    }
    return known.contains(first) ? first : QString();
}

} // namespace

QString canonicalIp(QStringView t)
{
    t = t.trimmed();
    if (t.startsWith(QLatin1Char('[')) && t.endsWith(QLatin1Char(']'))) t = t.mid(1, t.size() - 2);
    if (t.startsWith(QLatin1String("IPv6:"), Qt::CaseInsensitive)) t = t.mid(5);
    const qsizetype zone = t.indexOf(QLatin1Char('%'));
    if (zone >= 0) t = t.left(zone);
    if (t.isEmpty() || t.size() > 45) return {};
    if (t.contains(QLatin1Char(':'))) {
        for (const QChar ch : t) {
            if (!(ch.isDigit() || ch == QLatin1Char(':') || ch == QLatin1Char('.') ||
                  (ch.toLower() >= QLatin1Char('a') && ch.toLower() <= QLatin1Char('f'))))
                return {};
        }
        QHostAddress a;
        if (!a.setAddress(t.toString()) || a.protocol() != QAbstractSocket::IPv6Protocol) return {};
        return a.toString();
    }
    // IPv4: exactly four dotted decimal numbers of at most 255, of 1-3 digits each (QHostAddress
    // alone would also take inet_aton's "1.2.3" and hex forms, which no MTA writes here). Read
    // by hand: host names come here too (every link's host), and go at their first letter.
    int octets[4];
    int count = 0;
    int value = 0;
    int digits = 0;
    for (qsizetype i = 0; i <= t.size(); ++i) {
        const char16_t c = i < t.size() ? t[i].unicode() : u'.';
        if (c >= u'0' && c <= u'9') {
            if (++digits > 3) return {};
            value = value * 10 + (c - u'0');
        } else if (c == u'.') {
            if (digits == 0 || value > 255 || count == 4) return {};
            octets[count++] = value;
            value = 0;
            digits = 0;
        } else {
            return {};
        }
    }
    if (count != 4) return {};
    char buf[16];
    const int len = std::snprintf(buf, sizeof buf, "%d.%d.%d.%d", octets[0], octets[1], octets[2], octets[3]);
    return QString::fromLatin1(buf, len);
}

ReceivedHop parseReceived(QByteArrayView value)
{
    ReceivedHop hop;
    hop.date = parseDate(receivedDatePart(value.last(std::min<qsizetype>(value.size(), 512))));
    const QList<Token> tokens = tokenize(value.first(std::min(value.size(), kMaxReceivedBytes)));

    qsizetype lastSemicolon = -1;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (tokens[i].kind == Token::Semicolon) lastSemicolon = i;
    }
    const qsizetype clauseEnd = lastSemicolon >= 0 ? lastSemicolon : tokens.size();

    TcpInfo info;
    QString fromName;
    QString bareFromIp; // "from helo [ip]" (fetchmail, MDaemon, SMTPD32)
    QList<QString> withWords;
    Keyword current = Keyword::None;
    bool expectValue = false;

    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const Token &t = tokens[i];
        if (t.kind == Token::Comment) {
            // Looked at as bytes first: most comments are none of these, and need no QString.
            const QByteArrayView cb = t.text.trimmed();
            if (util::startsWithCaseless(cb, "envelope-from") || util::startsWithCaseless(cb, "envelope-sender")) {
                if (hop.envelopeFrom.isEmpty())
                    hop.envelopeFrom =
                        stripAngles(text(cb).section(QLatin1Char(' '), 1, 1, QString::SectionSkipEmpty));
                continue;
            }
            if (util::indexOfCaseless(cb, "using tls") >= 0 || util::indexOfCaseless(cb, "version=tls") >= 0) hop.tls = true;
            if (i >= clauseEnd) continue;
            if (current == Keyword::None)
                parseQmailNetwork(text(cb), info);
            else if (current == Keyword::From && !util::startsWithCaseless(cb, "using ") &&
                     !util::startsWithCaseless(cb, "no client certificate") && !util::startsWithCaseless(cb, "authenticated"))
                parseTcpInfo(text(cb), info);
            continue;
        }
        if (i >= clauseEnd || t.kind != Token::Word) continue;
        const Keyword k = expectValue ? Keyword::None : keyword(t.text);
        if (k != Keyword::None) {
            current = k;
            expectValue = true;
            continue;
        }
        const bool isValue = expectValue;
        expectValue = false;
        switch (current) {
        case Keyword::From:
            if (isValue)
                fromName = text(t.text);
            else if (t.text.startsWith('[') && bareFromIp.isEmpty())
                bareFromIp = canonicalIp(text(t.text));
            break;
        case Keyword::By:
            if (isValue) hop.by = hostName(text(t.text));
            break;
        case Keyword::Via:
            if (isValue) hop.via = text(t.text);
            break;
        case Keyword::With:
            withWords.append(text(t.text));
            break;
        case Keyword::Id:
            if (isValue) hop.id = stripAngles(text(t.text));
            break;
        case Keyword::For:
            if (isValue) hop.forAddress = stripAngles(text(t.text));
            break;
        case Keyword::None:
            break;
        }
    }

    // Who is who in the from-clause: when a comment names the HELO (qmail "HELO x", Exim "helo=x"),
    // the word after "from" is the receiving MTA's reverse-DNS name; otherwise it is the HELO.
    const QString fromAsIp = canonicalIp(fromName);
    if (!info.helo.isEmpty()) {
        hop.helo = info.helo;
        if (!fromAsIp.isEmpty())
            info.ip = info.ip.isEmpty() ? fromAsIp : info.ip;
        else if (!isUnknown(fromName) && info.rdns.isEmpty())
            hop.rdns = hostName(fromName);
    } else if (!isUnknown(fromName)) {
        hop.helo = fromName;
    }
    if (hop.rdns.isEmpty()) hop.rdns = info.rdns;
    hop.ident = info.ident;
    hop.mayBeForged = info.forged;
    hop.ip = !info.ip.isEmpty() ? info.ip : !bareFromIp.isEmpty() ? bareFromIp : fromAsIp;

    hop.with = withWords.join(QLatin1Char(' '));
    hop.protocol = normalizedProtocol(withWords, hop.tls);
    if (hop.protocol.isEmpty() && !hop.via.isEmpty()) {
        const QString via = hop.via.toUpper();
        if (via == QLatin1String("HTTP") || via == QLatin1String("HTTPS")) hop.protocol = via;
    }
    return hop;
}

} // namespace mailtide::mime
