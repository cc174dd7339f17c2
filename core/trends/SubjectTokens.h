#pragma once
/** @short Subject lines to comparable terms, for season keywords and burst detection.
 *
 * Lower-cased, accents folded (NFKD, combining marks dropped: "Fête des mères" and "fete des
 * meres" give the same terms), split on anything that is not a Unicode letter or digit; pure
 * numbers, terms shorter than 3 characters and English, French and German stop words are
 * dropped. Only subjects are tokenised: the store keeps no message bodies (privacy). Pure,
 * thread-safe. */
#include <QString>
#include <QStringList>

namespace mailtide::trends {

QStringList subjectTerms(const QString &subject);

/** True when `terms` holds `phrase` (itself a list of terms) as consecutive terms. */
bool containsPhrase(const QStringList &terms, const QStringList &phrase);

} // namespace mailtide::trends
