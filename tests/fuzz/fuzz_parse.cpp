// libFuzzer target: the whole message parser and the header parsers on arbitrary bytes.
// Build and run: see README.md beside this file.
#include "mime/AuthResults.h"
#include "mime/Html.h"
#include "mime/ListHeaders.h"
#include "mime/ParsedMessage.h"
#include "mime/Received.h"
#include "util/Domains.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace mailtide;
    const QByteArrayView raw(reinterpret_cast<const char *>(data), qsizetype(size));
    const mime::ParsedMessage m = mime::parseMessage(raw);
    for (const mime::Link &l : m.links)
        (void)util::registrableDomain(l.host);
    for (const mime::ReceivedHop &h : m.received)
        (void)util::registrableDomain(h.rdns);

    // The header parsers and the HTML analysis straight on the bytes as well: the message
    // parser only hands them what GMime made of a header or a part.
    const QByteArrayView head = raw.first(std::min<qsizetype>(raw.size(), 4096));
    (void)mime::parseReceived(head);
    (void)mime::parseAuthResults(head);
    (void)mime::parseListUnsubscribe(head);
    (void)mime::parseListId(head);
    (void)mime::analyzeHtml(raw);
    return 0;
}
