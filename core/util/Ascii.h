#pragma once
/** @short ASCII case-insensitive search in bytes, for header and markup keywords: no QString, no
 *  locale (the needles are written in lower case). */

#include <QByteArrayView>

namespace mailtide::util {

/** Where an ASCII lower-case needle first occurs in hay, ignoring ASCII case; -1 when nowhere. */
inline qsizetype indexOfCaseless(QByteArrayView hay, QByteArrayView lowerNeedle)
{
    const qsizetype n = lowerNeedle.size();
    if (n == 0) return 0;
    const char first = lowerNeedle[0];
    for (qsizetype i = 0; i + n <= hay.size(); ++i) {
        if ((hay[i] | 0x20) != first) continue;
        qsizetype k = 1;
        while (k < n) {
            const char c = hay[i + k];
            const char lc = (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
            if (lc != lowerNeedle[k]) break;
            ++k;
        }
        if (k == n) return i;
    }
    return -1;
}

/** hay begins with the ASCII lower-case needle, ignoring ASCII case. */
inline bool startsWithCaseless(QByteArrayView hay, QByteArrayView lowerNeedle)
{
    return hay.size() >= lowerNeedle.size() && indexOfCaseless(hay.first(lowerNeedle.size()), lowerNeedle) == 0;
}

} // namespace mailtide::util
