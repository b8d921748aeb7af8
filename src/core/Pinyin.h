#pragma once

#include <QString>
#include <QStringList>

// Chinese readings and character forms for search, from Unicode's Unihan database (compiled in
// from resources/pinyin/unihan.txt, made by scripts/convert-unihan.py; see the README there).
namespace ar::pinyin {

// The Mandarin readings of one character without tones (ü as v), the common one (kMandarin)
// first, then every other reading of the Xiandai Hanyu Cidian (kXHC1983): 单 → dan, chan, shan.
// Empty for a character without a Mandarin reading.
QStringList readings(char32_t c);

// `s` with each traditional character replaced by its simplified form (kSimplifiedVariant):
// 陳 → 陈. Characters that are simplified forms themselves, and all others, stay.
QString simplified(const QString& s);

// Whether `key` (a search key: lower case) is made only of the letters a-z, so that it may be
// pinyin.
bool isLetters(const QString& key);

// Compares two names (or other Chinese text) as a Chinese reader sorts them: by pinyin, with
// QCollator for zh_CN (李 li before 张 zhang, where code points put 张 U+5F20 before 李 U+674E).
// Negative, zero or positive like QString::compare.
int compare(const QString& a, const QString& b);

} // namespace ar::pinyin
