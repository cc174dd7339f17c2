#pragma once
/** @short What an HTML body shows and hides: visible text, links, images, forms, and the text a
 *  reader cannot see (display:none, white on white, font-size 0) that spam uses against filters.
 *
 * Parsed with gumbo, which accepts any broken HTML. Gumbo's tree building costs O(open elements)
 * per tag (4,000 nested <div>s take 0.4 s; 100,000 would take minutes), so the bytes first go
 * through a linear guard that cuts the input at HtmlLimits::maxHtmlBytes, keeps at most
 * maxAttributes per tag, drops start tags beyond an over-estimated nesting of maxNesting and,
 * once the estimated tree-building work passes maxWork or maxTags tags went through, keeps only
 * the text. The tree is then
 * walked with an explicit stack, never recursion. Only inline styles and presentational
 * attributes are read: no style sheets, no layout, nothing fetched (images and links are counted,
 * never loaded).
 *
 * Pure function, thread-safe, bounded; never fails (what was cut is in problems). */
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

namespace mailtide::mime {

struct HtmlLimits
{
    qsizetype maxHtmlBytes = 1024 * 1024;
    int maxLinks = 500;
    int maxNesting = 256;       ///< estimated open elements (a table cell counts 3) before tags are dropped
    int maxAttributes = 32;     ///< per tag; gumbo checks duplicates pairwise
    qint64 maxWork = 1'500'000; ///< sum over tags of the estimated nesting: gumbo's tree-building cost
                                ///< (4,000,000 let 100,000 nested tags cost 45-80 ms; the corpus's largest
                                ///< HTML, 2,306 tags, stays far below)
    int maxTags = 15'000;       ///< tags handed to gumbo (about 2 µs each); the rest becomes text
};

/** A link as the reader sees it: where it goes and what its text claims. */
struct Link
{
    QString url;                       ///< href, trimmed, entities decoded
    QString text;                      ///< anchor text, simplified; "" for <area> and image-only anchors
    QString scheme;                    ///< lower-case ("https", "mailto"); "" when the href has none
    QString host;                      ///< lower-case host; for mailto: the address's domain
    QString domain;                    ///< registrable domain of host (util::registrableDomain); "" for IPs
    bool isIpLiteral = false;          ///< host is an IP (dotted, IPv6, or decimal/hex forms)
    bool textShowsOtherDomain = false; ///< the text looks like a URL/domain of another registrable domain
    QString shownDomain;               ///< the registrable domain (or IP) the text shows, when it shows one
};

/** Builds a Link from an href and its anchor text (also used for bare URLs in plain text). */
Link makeLink(const QString &url, const QString &text);

struct HtmlAnalysis
{
    QString visibleText;     ///< what a reader sees; block elements end lines
    QString hiddenText;      ///< text a reader cannot see (capped at kMaxHiddenTextChars)
    QList<Link> links;       ///< <a href> and <area href>, in document order, at most maxLinks
    int visibleChars = 0;    ///< non-space characters of visibleText
    int hiddenTextChars = 0; ///< non-space characters styled invisible
    int tinyFontChars = 0;   ///< non-space characters in a tiny font (<font size=1>, font-size 2–6px)
    int imageCount = 0;
    int formCount = 0;
    int scriptCount = 0;
    bool imagesOnly = false; ///< images, and at most kImagesOnlyMaxWords words of visible text
    QStringList problems;    ///< "HTML size limit reached", "HTML nesting limit reached", ...
    bool truncated = false;
};

inline constexpr int kImagesOnlyMaxWords = 15;
inline constexpr qsizetype kMaxHiddenTextChars = 64 * 1024;

/** Analyses one HTML document given in UTF-8 (convert from the part's charset first). */
HtmlAnalysis analyzeHtml(QByteArrayView html, const HtmlLimits &limits = {});

} // namespace mailtide::mime
