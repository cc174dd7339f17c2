#include "mime/MessageHeaders.h"

#include <gmime/gmime.h>

#include "store/Types.h"

#include <memory>
#include <mutex>

namespace mailtide::mime {

namespace {

template<typename T>
struct GUnref
{
    void operator()(T *p) const
    {
        if (p)
            g_object_unref(p);
    }
};
template<typename T>
using GPtr = std::unique_ptr<T, GUnref<T>>;

QString utf8(const char *s)
{
    return s ? QString::fromUtf8(s) : QString();
}

QString firstAddress(InternetAddressList *list, QString *nameOut = nullptr)
{
    if (!list)
        return {};
    for (int i = 0; i < internet_address_list_length(list); ++i) {
        InternetAddress *ia = internet_address_list_get_address(list, i);
        if (INTERNET_ADDRESS_IS_MAILBOX(ia)) {
            if (nameOut)
                *nameOut = utf8(internet_address_get_name(ia)).trimmed();
            return utf8(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(ia))).trimmed();
        }
        if (INTERNET_ADDRESS_IS_GROUP(ia)) {
            QString a = firstAddress(internet_address_group_get_members(INTERNET_ADDRESS_GROUP(ia)), nameOut);
            if (!a.isEmpty())
                return a;
        }
    }
    return {};
}

} // namespace

int mboxStatusFlags(QByteArrayView status, QByteArrayView xstatus)
{
    int flags = 0;
    // mbox (Eudora/Pine/Thunderbird): Status: R = read, O = old; X-Status: A answered, F flagged,
    // D deleted, T draft.
    if (status.contains('R') || xstatus.contains('R'))
        flags |= store::FlagSeen;
    if (xstatus.contains('A'))
        flags |= store::FlagAnswered;
    if (xstatus.contains('F'))
        flags |= store::FlagFlagged;
    if (xstatus.contains('D'))
        flags |= store::FlagDeleted;
    if (xstatus.contains('T'))
        flags |= store::FlagDraft;
    return flags;
}

void ensureGmime()
{
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

QByteArrayView headerBlock(QByteArrayView raw)
{
    const qsizetype limit = std::min(raw.size(), kMaxHeaderBytes);
    const QByteArrayView head = raw.first(limit);
    if (head.startsWith("\n") || head.startsWith("\r\n"))
        return head.first(0);
    // One pass: the first line break followed by an empty line ("\n\n" or "\n\r\n"), which is
    // where the first "\n\n" or "\r\n\r\n" ends, whichever comes first. (Two indexOf calls scanned
    // the whole message when it had only the other kind, e.g. CRLF mail from an IMAP server.)
    for (qsizetype nl = head.indexOf('\n'); nl >= 0; nl = head.indexOf('\n', nl + 1)) {
        if (nl + 1 < head.size() && head[nl + 1] == '\n')
            return head.first(nl + 1);
        if (nl + 2 < head.size() && head[nl + 1] == '\r' && head[nl + 2] == '\n' && nl > 0 && head[nl - 1] == '\r')
            return head.first(nl + 1);
    }
    return head;
}

QByteArrayView receivedDatePart(QByteArrayView value)
{
    const qsizetype semi = value.lastIndexOf(';');
    if (semi < 0)
        return {};
    return value.sliced(semi + 1).trimmed();
}

namespace {

/** Days from 1970-01-01 to y-m-d (proleptic Gregorian; Howard Hinnant's days_from_civil). */
qint64 daysFromCivil(int y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return qint64(era) * 146097 + qint64(doe) - 719468;
}

/** The canonical RFC 5322 date ("[Mon, ]2 Sep 2002 10:01:02 +0200", "GMT"/"UT" also), read
 *  without GMime's GDateTime round trip (a twentieth of parsing went there: every Received line
 *  has a date). Anything else — obsolete zones, two-digit years, comments, odd spacing, an
 *  impossible day — returns nothing and is left to GMime, whose answer this one equals where it
 *  answers (parse_dump over the corpus, and tst_messageheaders' rows). */
std::optional<Timestamp> parseCanonicalDate(QByteArrayView s)
{
    qsizetype i = 0;
    const qsizetype n = s.size();
    const auto digits = [&](int minLen, int maxLen, int &out) {
        int len = 0;
        out = 0;
        while (i < n && len < maxLen && s[i] >= '0' && s[i] <= '9') {
            out = out * 10 + (s[i] - '0');
            ++i;
            ++len;
        }
        return len >= minLen && !(i < n && s[i] >= '0' && s[i] <= '9');
    };
    const auto space = [&] {
        if (i >= n || s[i] != ' ') return false;
        ++i;
        return true;
    };
    if (n >= 5 && s[3] == ',') { // the weekday: not checked, as GMime does not
        i = 4;
        if (!space()) return std::nullopt;
    }
    int day, year, hour, minute, second = 0;
    if (!digits(1, 2, day) || !space() || i + 3 > n) return std::nullopt;
    static constexpr char kMonths[] = "janfebmaraprmayjunjulaugsepoctnovdec";
    int month = 0;
    for (int k = 0; k < 12 && !month; ++k) {
        if (s.sliced(i, 3).compare(QByteArrayView(kMonths + 3 * k, 3), Qt::CaseInsensitive) == 0) month = k + 1;
    }
    i += 3;
    if (!month || !space() || !digits(4, 4, year) || !space() || !digits(2, 2, hour) || i >= n || s[i] != ':')
        return std::nullopt;
    ++i;
    if (!digits(2, 2, minute)) return std::nullopt;
    if (i < n && s[i] == ':') {
        ++i;
        if (!digits(2, 2, second)) return std::nullopt;
    }
    if (!space() || i >= n) return std::nullopt;
    int offset = 0;
    if (s[i] == '+' || s[i] == '-') {
        const bool minus = s[i] == '-';
        ++i;
        int hhmm;
        if (!digits(4, 4, hhmm) || hhmm / 100 > 23 || hhmm % 100 > 59) return std::nullopt;
        offset = (hhmm / 100 * 3600 + hhmm % 100 * 60) * (minus ? -1 : 1);
    } else if (s.sliced(i).startsWith("GMT")) {
        i += 3;
    } else if (s.sliced(i).startsWith("UT")) {
        i += 2;
    } else {
        return std::nullopt;
    }
    if (i != n) return std::nullopt; // a comment ("(PDT)") or anything else: GMime's to read
    static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    if (year < 1970 || day < 1 || day > (month == 2 && !leap ? 28 : kDays[month - 1]) || hour > 23 || minute > 59 ||
        second > 59)
        return std::nullopt;
    const qint64 local = daysFromCivil(year, unsigned(month), unsigned(day)) * 86400 + hour * 3600 + minute * 60 + second;
    return Timestamp{local - offset, offset};
}

} // namespace

std::optional<Timestamp> parseDate(QByteArrayView text)
{
    if (const auto fast = parseCanonicalDate(text.trimmed()); fast && fast->utc != 0) return fast;
    ensureGmime();
    const QByteArray s = text.trimmed().first(std::min<qsizetype>(text.trimmed().size(), 200)).toByteArray();
    if (s.isEmpty())
        return std::nullopt;
    GDateTime *dt = g_mime_utils_header_decode_date(s.constData());
    if (!dt)
        return std::nullopt;
    Timestamp t{g_date_time_to_unix(dt), int(g_date_time_get_utc_offset(dt) / G_TIME_SPAN_SECOND)};
    g_date_time_unref(dt);
    // GMime answers the epoch for text it cannot read at all; no real mail is dated 1970-01-01.
    if (t.utc == 0)
        return std::nullopt;
    return t;
}

// parseHeaders() is in ParsedMessage.cpp: it shares the pre-scan and the field decoders of
// parseMessage(), so the two agree on every header by construction.

} // namespace mailtide::mime
