#pragma once

#include <QString>
#include <QStringList>

// What a keyboard-wedge scanner or a clerk types for a 档号 or a place (issue #20 item 1,
// issue #19 item 1). Many scanners cannot type "·" (U+00B7), Code 128 cannot carry it, and
// clerks type in either case, with full-width characters from a Chinese IME, or only the serial.
namespace ar::scancode {

// The key a typed or scanned archive number is looked up by: half-width, upper case, every
// character that is neither a letter nor a digit left out. "Z109-YZ·2026-Y-0301",
// "z109-yz.2026-y-0301", "Z109-YZ2026-Y-0301" and "Ｚ１０９－ＹＺ　２０２６－Ｙ－０３０１" all have
// the key "Z109YZ2026Y0301".
QString archiveKey(const QString& typed);

// The keys a dossier is found under: its whole number's first, then the key of each tail that
// follows a separator ("YZ2026Y0301", "2026Y0301", "Y0301", "0301"), without repeats. Changing it
// means changing SearchIndex::kKeysVersion: the index must hold what the records derive (issue #23).
QStringList archiveKeys(const QString& archiveNo);

// The ASCII form a spine label's barcode carries: full-width characters half-width, every other
// non-ASCII character that is neither a letter nor a digit (the "·") written ".". A number with
// Chinese characters in it keeps them (Code 128 then refuses it; QR carries it).
QString forScanner(const QString& archiveNo);

// The code on a location's label (room, cabinet, shelf, box): "LOC-12".
QString locationCode(qint64 locationId);
// The location a typed or scanned code names ("LOC-12", "loc12", "ＬＯＣ－１２"), 0 when the text
// is not a location code.
qint64 locationIdFromCode(const QString& typed);

} // namespace ar::scancode
