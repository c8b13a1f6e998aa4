// The country or region picker: an editable combo box over the ISO 3166-1 list in the UI language,
// completing on any part of a name in either language. Drafts store the alpha-2 code ("CN"); text
// that names no country is kept as typed so the validator can say what is wrong with it.
#include "draftsession.h"
#include "fieldinputs_p.h"
#include "uilanguage.h"
#include "validation/countries.h"

#include <QCollator>
#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QRegularExpression>

#include <algorithm>

namespace nbapply::gui
{

namespace
{

// "中国 (CN)" -> the code; a bare code or a name in either language also names a country.
QString codeForText(const QString &text)
{
    static const QRegularExpression shown(QStringLiteral("^(.*)\\(([A-Za-z]{2})\\)\\s*$"));
    const QString t = text.trimmed();
    if (const auto match = shown.match(t); match.hasMatch())
        if (const validation::Country *c = validation::findCountry(match.captured(2)))
            return c->alpha2;
    if (t.size() == 2)
        if (const validation::Country *c = validation::findCountry(t))
            return c->alpha2;
    for (const validation::Country &c : validation::countries())
        if (t.compare(c.name.zh, Qt::CaseInsensitive) == 0 || t.compare(c.name.en, Qt::CaseInsensitive) == 0)
            return c.alpha2;
    return text;
}

QString shownName(const validation::Country &c)
{
    return QStringLiteral("%1 (%2)").arg(inUi(c.name), c.alpha2);
}

class CountryInput : public FieldInput
{
  public:
    CountryInput(const FieldDefinition &field, DraftSession *session, QWidget *parent)
        : FieldInput(field, session, parent), m_combo(new QComboBox(this))
    {
        auto *layout = new QHBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_combo);
        m_combo->setEditable(true);
        m_combo->setInsertPolicy(QComboBox::NoInsert);
        m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        m_combo->setMinimumContentsLength(24);
        m_combo->lineEdit()->setMaxLength(1 << 30);
        m_combo->completer()->setFilterMode(Qt::MatchContains);
        m_combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
        m_combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
        connect(m_combo, &QComboBox::editTextChanged, this, [this](const QString &text) {
            if (m_loading)
                return;
            this->session()->setText(this->field().path(), codeForText(text));
            emit edited();
        });
        retranslateUi();
    }
    void load() override
    {
        const QString value = session()->draft().text(field().path());
        const validation::Country *country = value.size() == 2 ? validation::findCountry(value) : nullptr;
        const QString shown = country ? shownName(*country) : value;
        if (m_combo->currentText() == shown)
            return;
        m_loading = true;
        m_combo->setCurrentIndex(country ? m_combo->findData(country->alpha2) : -1);
        m_combo->setEditText(shown);
        m_loading = false;
    }
    QWidget *focusTarget() const override { return m_combo; }
    void retranslateUi() override
    {
        m_loading = true;
        QList<const validation::Country *> sorted;
        for (const validation::Country &c : validation::countries())
            sorted << &c;
        // Sorted by the name the user reads (pinyin order for Chinese).
        QCollator collator(uiLanguage() == Language::Chinese ? QLocale(QLocale::Chinese, QLocale::China)
                                                             : QLocale(QLocale::English));
        std::stable_sort(sorted.begin(), sorted.end(), [&](const auto *a, const auto *b) {
            return collator.compare(inUi(a->name), inUi(b->name)) < 0;
        });
        m_combo->clear();
        for (const validation::Country *c : sorted)
            m_combo->addItem(shownName(*c), c->alpha2);
        m_combo->lineEdit()->setPlaceholderText(inUi(field().placeholder));
        m_loading = false;
        load();
    }

  private:
    QComboBox *m_combo;
};

} // namespace

FieldInput *createCountryInput(const FieldDefinition &field, DraftSession *session, QWidget *parent)
{
    return new CountryInput(field, session, parent);
}

} // namespace nbapply::gui
