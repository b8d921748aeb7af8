#pragma once

#include <QString>

namespace ar::text {

// Full-width ASCII (Ａ１２－) to half-width, ideographic space to space.
QString toHalfWidth(const QString& s);

// What every typed or imported field goes through: half-width, trimmed, inner runs of
// whitespace collapsed to one space.
QString normalize(const QString& s);

// normalize() and then every whitespace removed: for numbers and codes.
QString compact(const QString& s);

// Where `s` holds a character no typed field may hold: a control character (a line break is
// allowed where `lineBreaks`), a format character (zero-width space and joiners, the byte order
// mark, bidirectional embeddings and overrides that make text display other than it is stored),
// an unpaired surrogate, a private-use or unassigned code point. The index of the first one,
// or -1.
qsizetype forbiddenCharacter(const QString& s, bool lineBreaks = false);

// "U+202E" for the character at `index`.
QString codePointName(const QString& s, qsizetype index);

// 1 … 9999 in Chinese numerals as a name is written (一, 十二, 一百零五, 三百三十四, 一千零一);
// other numbers in Arabic digits.
QString chineseNumeral(int n);

// The key form used by search: compact() and lower-cased.
QString searchKey(const QString& s);

} // namespace ar::text
