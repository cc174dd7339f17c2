#include "selfcheck/DkimKey.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <optional>

namespace mailtide::selfcheck {

namespace {

/** One DER element: its tag and where its contents are. */
struct Tlv
{
    unsigned char tag = 0;
    qsizetype start = 0; ///< first content byte
    qsizetype length = 0;
    qsizetype end() const { return start + length; }
};

std::optional<Tlv> readTlv(const QByteArray &d, qsizetype pos, qsizetype limit)
{
    if (pos + 2 > limit)
        return std::nullopt;
    Tlv t;
    t.tag = static_cast<unsigned char>(d[pos]);
    const auto first = static_cast<unsigned char>(d[pos + 1]);
    pos += 2;
    if (first < 0x80) {
        t.length = first;
    } else {
        const int n = first & 0x7f;
        if (n == 0 || n > 4 || pos + n > limit)
            return std::nullopt;
        qsizetype len = 0;
        for (int i = 0; i < n; ++i)
            len = (len << 8) | static_cast<unsigned char>(d[pos + i]);
        pos += n;
        t.length = len;
    }
    t.start = pos;
    if (t.length < 0 || t.end() > limit)
        return std::nullopt;
    return t;
}

/** RSAPublicKey ::= SEQUENCE { modulus INTEGER, publicExponent INTEGER } at pos. */
int pkcs1Bits(const QByteArray &d, qsizetype pos, qsizetype limit)
{
    const auto seq = readTlv(d, pos, limit);
    if (!seq || seq->tag != 0x30)
        return 0;
    const auto n = readTlv(d, seq->start, seq->end());
    if (!n || n->tag != 0x02 || n->length == 0)
        return 0;
    const auto e = readTlv(d, n->end(), seq->end());
    if (!e || e->tag != 0x02)
        return 0;
    qsizetype i = n->start;
    while (i < n->end() && d[i] == 0)
        ++i;
    if (i == n->end())
        return 0;
    int topBits = 0;
    for (auto b = static_cast<unsigned char>(d[i]); b; b >>= 1)
        ++topBits;
    const qsizetype bits = (n->end() - i - 1) * 8 + topBits;
    return bits > 65536 ? 0 : int(bits);
}

} // namespace

int rsaModulusBits(const QByteArray &der)
{
    const qsizetype limit = der.size();
    const auto outer = readTlv(der, 0, limit);
    if (!outer || outer->tag != 0x30)
        return 0;
    const auto first = readTlv(der, outer->start, outer->end());
    if (!first)
        return 0;
    if (first->tag == 0x02) // a bare PKCS#1 RSAPublicKey
        return pkcs1Bits(der, 0, limit);
    if (first->tag != 0x30) // AlgorithmIdentifier
        return 0;
    const auto oid = readTlv(der, first->start, first->end());
    static const QByteArray rsaEncryption = QByteArray::fromHex("2a864886f70d010101"); // 1.2.840.113549.1.1.1
    if (!oid || oid->tag != 0x06 || der.mid(oid->start, oid->length) != rsaEncryption)
        return 0;
    const auto bits = readTlv(der, first->end(), outer->end());
    if (!bits || bits->tag != 0x03 || bits->length < 1 || der[bits->start] != 0)
        return 0;
    return pkcs1Bits(der, bits->start + 1, bits->end());
}

bool isDkimKeyRecord(const QString &txt)
{
    static const QRegularExpression re(QStringLiteral(R"((^|;)\s*(p\s*=|v\s*=\s*DKIM1))"));
    return re.match(txt).hasMatch();
}

DkimKey parseDkimKey(const QString &txt)
{
    DkimKey k;
    if (txt.size() > 8192) {
        k.errors << QCoreApplication::translate("DkimKey", "the record is %1 characters long").arg(txt.size());
        return k;
    }
    bool sawP = false;
    QString p;
    int index = 0;
    for (const QString &part : txt.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString tag = part.trimmed();
        if (tag.isEmpty())
            continue;
        ++index;
        const qsizetype eq = tag.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            k.errors << QCoreApplication::translate("DkimKey", "\"%1\" is not a tag=value pair").arg(tag.left(60));
            continue;
        }
        const QString name = tag.left(eq).trimmed().toLower();
        QString value = tag.mid(eq + 1);
        value.remove(QRegularExpression(QStringLiteral("\\s"))); // folding white space (RFC 6376 3.2)
        if (name == QLatin1String("v")) {
            if (value != QLatin1String("DKIM1"))
                k.errors << QCoreApplication::translate("DkimKey", "v=%1 is not DKIM1").arg(value.left(20));
            else if (index != 1)
                k.errors << QCoreApplication::translate("DkimKey", "v=DKIM1 must come first");
        } else if (name == QLatin1String("k")) {
            k.keyType = value.toLower();
            if (k.keyType != QLatin1String("rsa") && k.keyType != QLatin1String("ed25519"))
                k.errors << QCoreApplication::translate("DkimKey", "unknown key type k=%1").arg(value.left(20));
        } else if (name == QLatin1String("p")) {
            sawP = true;
            p = value;
        } else if (name == QLatin1String("t")) {
            for (const QString &flag : value.split(QLatin1Char(':'), Qt::SkipEmptyParts))
                if (flag == QLatin1String("y"))
                    k.testing = true;
        }
        // h=, n=, s=: nothing to check for the key's owner.
    }
    if (!sawP) {
        k.errors << QCoreApplication::translate("DkimKey", "no p= tag: no public key");
        return k;
    }
    if (p.isEmpty()) {
        k.revoked = true;
        return k;
    }
    static const QRegularExpression base64(QStringLiteral("^[A-Za-z0-9+/]+={0,2}$"));
    const QByteArray raw = QByteArray::fromBase64(p.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!base64.match(p).hasMatch() || raw.isEmpty()) {
        k.errors << QCoreApplication::translate("DkimKey", "p= is not base64");
        return k;
    }
    if (k.keyType == QLatin1String("ed25519")) {
        if (raw.size() == 32)
            k.bits = 256;
        else
            k.errors << QCoreApplication::translate("DkimKey", "an Ed25519 key is 32 bytes; p= holds %1").arg(raw.size());
        return k;
    }
    if (k.keyType == QLatin1String("rsa")) {
        k.bits = rsaModulusBits(raw);
        if (k.bits == 0)
            k.errors << QCoreApplication::translate("DkimKey", "p= is not an RSA public key");
    }
    return k;
}

} // namespace mailtide::selfcheck
