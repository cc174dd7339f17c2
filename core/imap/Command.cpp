#include "imap/Command.h"

#include "imap/Utf7.h"

namespace mailtide::imap {

namespace {

bool isAstringChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    if (u <= 0x20 || u >= 0x7f) return false;
    return c != '(' && c != ')' && c != '{' && c != '%' && c != '*' && c != '"' && c != '\\';
}

bool isNilCaseless(QByteArrayView v)
{
    return v.size() == 3 && (v[0] | 0x20) == 'n' && (v[1] | 0x20) == 'i' && (v[2] | 0x20) == 'l';
}

QByteArray quote(QByteArrayView bytes)
{
    QByteArray out;
    out.reserve(bytes.size() + 2);
    out += '"';
    for (char c : bytes) {
        if (c == '\r' || c == '\n' || c == '\0') continue;
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    out += '"';
    return out;
}

} // namespace

std::optional<QByteArray> quoted(QByteArrayView bytes)
{
    for (char c : bytes)
        if (c == '\r' || c == '\n' || c == '\0') return std::nullopt;
    return quote(bytes);
}

QByteArray astring(QByteArrayView bytes)
{
    bool atom = !bytes.isEmpty() && !isNilCaseless(bytes);
    for (char c : bytes) {
        if (!isAstringChar(c)) {
            atom = false;
            break;
        }
    }
    return atom ? bytes.toByteArray() : quote(bytes);
}

QByteArray mailboxArgument(const QString &name)
{
    return astring(encodeMailboxName(name));
}

} // namespace mailtide::imap
