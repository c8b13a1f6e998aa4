#pragma once

#include "reviewview.h"

#include <memory>

namespace nbapply::gui
{

// A new Review web view from libnbapply-review.so, which is loaded the first time (and stays loaded:
// QtWebEngine cannot be unloaded). The module is looked for beside the executable (the build tree, and
// the test folders, which link it there) and in <libdir>/nbapply (installed). nullptr when it is
// missing or from another build; reviewModuleError() then says what is wrong, in both languages.
std::unique_ptr<ReviewView> createReviewView(QWidget *parent, ReviewViewEvents events);
QString reviewModuleError();

} // namespace nbapply::gui
