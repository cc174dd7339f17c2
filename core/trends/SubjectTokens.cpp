#include "trends/SubjectTokens.h"

#include <QSet>

namespace mailtide::trends {

namespace {

// Folded like the terms (lower case, no accents); words of 3+ letters only, shorter ones are
// dropped anyway.
const QSet<QString> &stopWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> s;
        const char *const list[] = {
            // English
            "the", "and", "for", "you", "your", "yours", "are", "was", "were", "with", "from", "this", "that",
            "these", "those", "have", "has", "had", "not", "but", "all", "any", "can", "our", "ours", "out",
            "now", "get", "got", "its", "his", "her", "him", "she", "they", "them", "their", "what", "when",
            "who", "why", "how", "will", "would", "there", "here", "about", "into", "than", "then", "just",
            "more", "only", "also", "very", "been", "being", "which", "while", "over", "off", "via", "per",
            // French (accents folded)
            "les", "des", "une", "est", "pour", "par", "sur", "dans", "avec", "vous", "votre", "vos", "nous",
            "notre", "nos", "qui", "que", "quoi", "pas", "plus", "aux", "ces", "ses", "son", "sont", "mais",
            "etre", "avoir", "tout", "tous", "toute", "toutes", "cette", "cet", "leur", "leurs", "comme",
            "elle", "ils", "elles", "moi", "toi", "lui", "dont", "chez", "sans", "sous",
            // German (umlauts folded)
            "der", "die", "das", "und", "ein", "eine", "einen", "einem", "einer", "ist", "sind", "mit", "von",
            "fur", "auf", "den", "dem", "des", "sie", "ihr", "ihre", "ihren", "ihnen", "wir", "uns", "unser",
            "nicht", "auch", "aus", "bei", "nach", "oder", "aber", "wie", "was", "wer", "noch", "nur", "zum",
            "zur", "ich", "mich", "dich", "sich", "hat", "haben", "wird", "werden", "jetzt", "alle",
            // Subject prefixes
            "fwd", "fw", "re", "aw", "wg", "tr",
        };
        for (const char *w : list)
            s.insert(QString::fromLatin1(w));
        return s;
    }();
    return words;
}

QString fold(const QString &s)
{
    bool ascii = true;
    for (QChar c : s)
        ascii = ascii && c.unicode() < 0x80;
    if (ascii) // most subjects: nothing to decompose
        return s.toLower();
    const QString d = s.toLower().normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(d.size());
    for (QChar c : d)
        if (c.category() != QChar::Mark_NonSpacing && c.category() != QChar::Mark_SpacingCombining
            && c.category() != QChar::Mark_Enclosing)
            out.append(c);
    return out;
}

void flush(QString &term, QStringList &out)
{
    if (term.size() >= 3 && !stopWords().contains(term)) {
        bool digits = true;
        for (QChar c : term)
            digits = digits && c.isDigit();
        if (!digits)
            out << term;
    }
    term.clear();
}

} // namespace

QStringList subjectTerms(const QString &subject)
{
    const QString s = fold(subject);
    QStringList out;
    QString term;
    for (QChar c : s) {
        if (c.isLetterOrNumber())
            term.append(c);
        else
            flush(term, out);
    }
    flush(term, out);
    return out;
}

bool containsPhrase(const QStringList &terms, const QStringList &phrase)
{
    if (phrase.isEmpty() || phrase.size() > terms.size())
        return false;
    for (qsizetype i = 0; i + phrase.size() <= terms.size(); ++i) {
        qsizetype k = 0;
        while (k < phrase.size() && terms[i + k] == phrase[k])
            ++k;
        if (k == phrase.size())
            return true;
    }
    return false;
}

} // namespace mailtide::trends
