#pragma once
/** @short Raw message bytes -> MessageInput (what the tokenizer and rules read). */
#include "classify/MessageInput.h"

#include <QByteArrayView>

namespace mailtide::classify {

MessageInput buildInput(QByteArrayView raw);

} // namespace mailtide::classify
