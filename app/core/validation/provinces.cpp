#include "provinces.h"

namespace nbapply::validation
{

namespace
{

constexpr int kMainland[] = {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41,
                             42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65};

int twoDigitValue(QStringView text)
{
    if (text.size() != 2 || !text[0].isDigit() || !text[1].isDigit() || text[0].unicode() > 0x7F ||
        text[1].unicode() > 0x7F)
        return -1;
    return (text[0].unicode() - u'0') * 10 + (text[1].unicode() - u'0');
}

} // namespace

bool isMainlandProvincePrefix(QStringView twoDigits)
{
    const int value = twoDigitValue(twoDigits);
    for (const int province : kMainland)
        if (province == value)
            return true;
    return false;
}

} // namespace nbapply::validation
