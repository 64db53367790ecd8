# Generated from customer_form.ui by pyside6-uic (python -m dealerdesk.ui.customers.forms).
# Do not edit: change the .ui file in Qt Designer and regenerate.
# ruff: noqa
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'customer_form.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget)

from dealerdesk.ui.customers.referrer import ReferrerPicker
from dealerdesk.ui.widgets import (DateField, MoneyField)

class Ui_CustomerForm(object):
    def setupUi(self, CustomerForm):
        if not CustomerForm.objectName():
            CustomerForm.setObjectName(u"CustomerForm")
        self.columns = QHBoxLayout(CustomerForm)
        self.columns.setObjectName(u"columns")
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setObjectName(u"leftColumn")
        self.contactBox = QGroupBox(CustomerForm)
        self.contactBox.setObjectName(u"contactBox")
        self.contactForm = QFormLayout(self.contactBox)
        self.contactForm.setObjectName(u"contactForm")
        self.contactForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.contactForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.nameLabel = QLabel(self.contactBox)
        self.nameLabel.setObjectName(u"nameLabel")

        self.contactForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.contactBox)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(50)

        self.contactForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameError = QLabel(self.contactBox)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setText(u"")
        self.nameError.setWordWrap(True)
        self.nameError.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.nameError.setOpenExternalLinks(False)

        self.contactForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameError)

        self.phoneLabel = QLabel(self.contactBox)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.contactForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(self.contactBox)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setPlaceholderText(u"138 1234 5678")

        self.contactForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.phoneError = QLabel(self.contactBox)
        self.phoneError.setObjectName(u"phoneError")
        self.phoneError.setText(u"")
        self.phoneError.setWordWrap(True)
        self.phoneError.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.phoneError.setOpenExternalLinks(False)

        self.contactForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.phoneError)

        self.phone2Label = QLabel(self.contactBox)
        self.phone2Label.setObjectName(u"phone2Label")

        self.contactForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.phone2Label)

        self.phone2Edit = QLineEdit(self.contactBox)
        self.phone2Edit.setObjectName(u"phone2Edit")

        self.contactForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.phone2Edit)

        self.phone2Error = QLabel(self.contactBox)
        self.phone2Error.setObjectName(u"phone2Error")
        self.phone2Error.setText(u"")
        self.phone2Error.setWordWrap(True)
        self.phone2Error.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.phone2Error.setOpenExternalLinks(False)

        self.contactForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.phone2Error)

        self.wechatLabel = QLabel(self.contactBox)
        self.wechatLabel.setObjectName(u"wechatLabel")

        self.contactForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.wechatLabel)

        self.wechatEdit = QLineEdit(self.contactBox)
        self.wechatEdit.setObjectName(u"wechatEdit")

        self.contactForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.wechatEdit)

        self.wechatError = QLabel(self.contactBox)
        self.wechatError.setObjectName(u"wechatError")
        self.wechatError.setText(u"")
        self.wechatError.setWordWrap(True)
        self.wechatError.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.wechatError.setOpenExternalLinks(False)

        self.contactForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.wechatError)

        self.genderLabel = QLabel(self.contactBox)
        self.genderLabel.setObjectName(u"genderLabel")

        self.contactForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.genderLabel)

        self.genderCombo = QComboBox(self.contactBox)
        self.genderCombo.setObjectName(u"genderCombo")

        self.contactForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.genderCombo)

        self.genderError = QLabel(self.contactBox)
        self.genderError.setObjectName(u"genderError")
        self.genderError.setText(u"")
        self.genderError.setWordWrap(True)
        self.genderError.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.genderError.setOpenExternalLinks(False)

        self.contactForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.genderError)

        self.birthdayLabel = QLabel(self.contactBox)
        self.birthdayLabel.setObjectName(u"birthdayLabel")

        self.contactForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.birthdayLabel)

        self.birthdayRow = QHBoxLayout()
        self.birthdayRow.setObjectName(u"birthdayRow")
        self.birthdayEdit = DateField(self.contactBox)
        self.birthdayEdit.setObjectName(u"birthdayEdit")
        self.birthdayEdit.setIsoFormat(True)

        self.birthdayRow.addWidget(self.birthdayEdit)

        self.lunarCheck = QCheckBox(self.contactBox)
        self.lunarCheck.setObjectName(u"lunarCheck")

        self.birthdayRow.addWidget(self.lunarCheck)


        self.contactForm.setLayout(10, QFormLayout.ItemRole.FieldRole, self.birthdayRow)

        self.birthdayError = QLabel(self.contactBox)
        self.birthdayError.setObjectName(u"birthdayError")
        self.birthdayError.setText(u"")
        self.birthdayError.setWordWrap(True)
        self.birthdayError.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.birthdayError.setOpenExternalLinks(False)

        self.contactForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.birthdayError)

        self.lunarBirthdayLabel = QLabel(self.contactBox)
        self.lunarBirthdayLabel.setObjectName(u"lunarBirthdayLabel")

        self.contactForm.setWidget(12, QFormLayout.ItemRole.LabelRole, self.lunarBirthdayLabel)

        self.lunarRow = QHBoxLayout()
        self.lunarRow.setObjectName(u"lunarRow")
        self.lunarMonthSpin = QSpinBox(self.contactBox)
        self.lunarMonthSpin.setObjectName(u"lunarMonthSpin")
        self.lunarMonthSpin.setMinimum(1)
        self.lunarMonthSpin.setMaximum(12)

        self.lunarRow.addWidget(self.lunarMonthSpin)

        self.lunarMonthLabel = QLabel(self.contactBox)
        self.lunarMonthLabel.setObjectName(u"lunarMonthLabel")

        self.lunarRow.addWidget(self.lunarMonthLabel)

        self.lunarDaySpin = QSpinBox(self.contactBox)
        self.lunarDaySpin.setObjectName(u"lunarDaySpin")
        self.lunarDaySpin.setMinimum(1)
        self.lunarDaySpin.setMaximum(30)

        self.lunarRow.addWidget(self.lunarDaySpin)

        self.lunarDayLabel = QLabel(self.contactBox)
        self.lunarDayLabel.setObjectName(u"lunarDayLabel")

        self.lunarRow.addWidget(self.lunarDayLabel)

        self.lunarLeapCheck = QCheckBox(self.contactBox)
        self.lunarLeapCheck.setObjectName(u"lunarLeapCheck")

        self.lunarRow.addWidget(self.lunarLeapCheck)

        self.lunarTextLabel = QLabel(self.contactBox)
        self.lunarTextLabel.setObjectName(u"lunarTextLabel")
        self.lunarTextLabel.setText(u"")

        self.lunarRow.addWidget(self.lunarTextLabel)

        self.lunarSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.lunarRow.addItem(self.lunarSpacer)


        self.contactForm.setLayout(12, QFormLayout.ItemRole.FieldRole, self.lunarRow)

        self.lunarBirthdayError = QLabel(self.contactBox)
        self.lunarBirthdayError.setObjectName(u"lunarBirthdayError")
        self.lunarBirthdayError.setText(u"")
        self.lunarBirthdayError.setWordWrap(True)
        self.lunarBirthdayError.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.lunarBirthdayError.setOpenExternalLinks(False)

        self.contactForm.setWidget(13, QFormLayout.ItemRole.FieldRole, self.lunarBirthdayError)

        self.nextBirthdayLabel = QLabel(self.contactBox)
        self.nextBirthdayLabel.setObjectName(u"nextBirthdayLabel")
        self.nextBirthdayLabel.setText(u"")

        self.contactForm.setWidget(14, QFormLayout.ItemRole.SpanningRole, self.nextBirthdayLabel)

        self.nextBirthdayError = QLabel(self.contactBox)
        self.nextBirthdayError.setObjectName(u"nextBirthdayError")
        self.nextBirthdayError.setText(u"")
        self.nextBirthdayError.setWordWrap(True)
        self.nextBirthdayError.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.nextBirthdayError.setOpenExternalLinks(False)

        self.contactForm.setWidget(15, QFormLayout.ItemRole.FieldRole, self.nextBirthdayError)

        self.addressLabel = QLabel(self.contactBox)
        self.addressLabel.setObjectName(u"addressLabel")

        self.contactForm.setWidget(16, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(self.contactBox)
        self.addressEdit.setObjectName(u"addressEdit")

        self.contactForm.setWidget(16, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.addressError = QLabel(self.contactBox)
        self.addressError.setObjectName(u"addressError")
        self.addressError.setText(u"")
        self.addressError.setWordWrap(True)
        self.addressError.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.addressError.setOpenExternalLinks(False)

        self.contactForm.setWidget(17, QFormLayout.ItemRole.FieldRole, self.addressError)


        self.leftColumn.addWidget(self.contactBox)

        self.salesBox = QGroupBox(CustomerForm)
        self.salesBox.setObjectName(u"salesBox")
        self.salesForm = QFormLayout(self.salesBox)
        self.salesForm.setObjectName(u"salesForm")
        self.salesForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.salesForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.sourceLabel = QLabel(self.salesBox)
        self.sourceLabel.setObjectName(u"sourceLabel")

        self.salesForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.sourceLabel)

        self.sourceRow = QHBoxLayout()
        self.sourceRow.setObjectName(u"sourceRow")
        self.sourceCombo = QComboBox(self.salesBox)
        self.sourceCombo.setObjectName(u"sourceCombo")

        self.sourceRow.addWidget(self.sourceCombo)

        self.platformCombo = QComboBox(self.salesBox)
        self.platformCombo.setObjectName(u"platformCombo")
        self.platformCombo.setEditable(True)

        self.sourceRow.addWidget(self.platformCombo)

        self.referrerPicker = ReferrerPicker(self.salesBox)
        self.referrerPicker.setObjectName(u"referrerPicker")

        self.sourceRow.addWidget(self.referrerPicker)


        self.salesForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.sourceRow)

        self.sourceError = QLabel(self.salesBox)
        self.sourceError.setObjectName(u"sourceError")
        self.sourceError.setText(u"")
        self.sourceError.setWordWrap(True)
        self.sourceError.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.sourceError.setOpenExternalLinks(False)

        self.salesForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sourceError)

        self.sourceDetailError = QLabel(self.salesBox)
        self.sourceDetailError.setObjectName(u"sourceDetailError")
        self.sourceDetailError.setText(u"")
        self.sourceDetailError.setWordWrap(True)
        self.sourceDetailError.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.sourceDetailError.setOpenExternalLinks(False)

        self.salesForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sourceDetailError)

        self.referrerError = QLabel(self.salesBox)
        self.referrerError.setObjectName(u"referrerError")
        self.referrerError.setText(u"")
        self.referrerError.setWordWrap(True)
        self.referrerError.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.referrerError.setOpenExternalLinks(False)

        self.salesForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.referrerError)

        self.levelLabel = QLabel(self.salesBox)
        self.levelLabel.setObjectName(u"levelLabel")

        self.salesForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.levelLabel)

        self.levelCombo = QComboBox(self.salesBox)
        self.levelCombo.setObjectName(u"levelCombo")

        self.salesForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.levelCombo)

        self.levelError = QLabel(self.salesBox)
        self.levelError.setObjectName(u"levelError")
        self.levelError.setText(u"")
        self.levelError.setWordWrap(True)
        self.levelError.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.levelError.setOpenExternalLinks(False)

        self.salesForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.levelError)

        self.statusLabel = QLabel(self.salesBox)
        self.statusLabel.setObjectName(u"statusLabel")

        self.salesForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(self.salesBox)
        self.statusCombo.setObjectName(u"statusCombo")

        self.salesForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.statusError = QLabel(self.salesBox)
        self.statusError.setObjectName(u"statusError")
        self.statusError.setText(u"")
        self.statusError.setWordWrap(True)
        self.statusError.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.statusError.setOpenExternalLinks(False)

        self.salesForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.statusError)

        self.ownerLabel = QLabel(self.salesBox)
        self.ownerLabel.setObjectName(u"ownerLabel")

        self.salesForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.ownerLabel)

        self.ownerCombo = QComboBox(self.salesBox)
        self.ownerCombo.setObjectName(u"ownerCombo")

        self.salesForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.ownerCombo)

        self.ownerError = QLabel(self.salesBox)
        self.ownerError.setObjectName(u"ownerError")
        self.ownerError.setText(u"")
        self.ownerError.setWordWrap(True)
        self.ownerError.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.ownerError.setOpenExternalLinks(False)

        self.salesForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.ownerError)


        self.leftColumn.addWidget(self.salesBox)

        self.leftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.leftColumn.addItem(self.leftSpacer)


        self.columns.addLayout(self.leftColumn)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setObjectName(u"rightColumn")
        self.intentBox = QGroupBox(CustomerForm)
        self.intentBox.setObjectName(u"intentBox")
        self.intentForm = QFormLayout(self.intentBox)
        self.intentForm.setObjectName(u"intentForm")
        self.intentForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.intentForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.intentModelLabel = QLabel(self.intentBox)
        self.intentModelLabel.setObjectName(u"intentModelLabel")

        self.intentForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.intentModelLabel)

        self.intentModelEdit = QLineEdit(self.intentBox)
        self.intentModelEdit.setObjectName(u"intentModelEdit")

        self.intentForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.intentModelEdit)

        self.intentModelError = QLabel(self.intentBox)
        self.intentModelError.setObjectName(u"intentModelError")
        self.intentModelError.setText(u"")
        self.intentModelError.setWordWrap(True)
        self.intentModelError.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.intentModelError.setOpenExternalLinks(False)

        self.intentForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.intentModelError)

        self.intentBodyTypeLabel = QLabel(self.intentBox)
        self.intentBodyTypeLabel.setObjectName(u"intentBodyTypeLabel")

        self.intentForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.intentBodyTypeLabel)

        self.bodyTypeCombo = QComboBox(self.intentBox)
        self.bodyTypeCombo.setObjectName(u"bodyTypeCombo")

        self.intentForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.bodyTypeCombo)

        self.intentBodyTypeError = QLabel(self.intentBox)
        self.intentBodyTypeError.setObjectName(u"intentBodyTypeError")
        self.intentBodyTypeError.setText(u"")
        self.intentBodyTypeError.setWordWrap(True)
        self.intentBodyTypeError.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.intentBodyTypeError.setOpenExternalLinks(False)

        self.intentForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.intentBodyTypeError)

        self.budgetLabel = QLabel(self.intentBox)
        self.budgetLabel.setObjectName(u"budgetLabel")

        self.intentForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.budgetLabel)

        self.budgetRow = QHBoxLayout()
        self.budgetRow.setObjectName(u"budgetRow")
        self.budgetMinEdit = MoneyField(self.intentBox)
        self.budgetMinEdit.setObjectName(u"budgetMinEdit")
        self.budgetMinEdit.setUnitChoice(True)

        self.budgetRow.addWidget(self.budgetMinEdit)

        self.budgetToLabel = QLabel(self.intentBox)
        self.budgetToLabel.setObjectName(u"budgetToLabel")

        self.budgetRow.addWidget(self.budgetToLabel)

        self.budgetMaxEdit = MoneyField(self.intentBox)
        self.budgetMaxEdit.setObjectName(u"budgetMaxEdit")
        self.budgetMaxEdit.setUnitChoice(True)

        self.budgetRow.addWidget(self.budgetMaxEdit)


        self.intentForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.budgetRow)

        self.budgetError = QLabel(self.intentBox)
        self.budgetError.setObjectName(u"budgetError")
        self.budgetError.setText(u"")
        self.budgetError.setWordWrap(True)
        self.budgetError.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.budgetError.setOpenExternalLinks(False)

        self.intentForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.budgetError)

        self.paymentLabel = QLabel(self.intentBox)
        self.paymentLabel.setObjectName(u"paymentLabel")

        self.intentForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.paymentLabel)

        self.paymentCombo = QComboBox(self.intentBox)
        self.paymentCombo.setObjectName(u"paymentCombo")

        self.intentForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.paymentCombo)

        self.paymentError = QLabel(self.intentBox)
        self.paymentError.setObjectName(u"paymentError")
        self.paymentError.setText(u"")
        self.paymentError.setWordWrap(True)
        self.paymentError.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.paymentError.setOpenExternalLinks(False)

        self.intentForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.paymentError)

        self.tradeInLabel = QLabel(self.intentBox)
        self.tradeInLabel.setObjectName(u"tradeInLabel")

        self.intentForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.tradeInLabel)

        self.tradeInEdit = QLineEdit(self.intentBox)
        self.tradeInEdit.setObjectName(u"tradeInEdit")

        self.intentForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.tradeInEdit)

        self.tradeInError = QLabel(self.intentBox)
        self.tradeInError.setObjectName(u"tradeInError")
        self.tradeInError.setText(u"")
        self.tradeInError.setWordWrap(True)
        self.tradeInError.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.tradeInError.setOpenExternalLinks(False)

        self.intentForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.tradeInError)


        self.rightColumn.addWidget(self.intentBox)

        self.notesBox = QGroupBox(CustomerForm)
        self.notesBox.setObjectName(u"notesBox")
        self.notesForm = QFormLayout(self.notesBox)
        self.notesForm.setObjectName(u"notesForm")
        self.notesForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.notesForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.tagsLabel = QLabel(self.notesBox)
        self.tagsLabel.setObjectName(u"tagsLabel")

        self.notesForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.tagsLabel)

        self.tagsEdit = QLineEdit(self.notesBox)
        self.tagsEdit.setObjectName(u"tagsEdit")

        self.notesForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.tagsEdit)

        self.tagsError = QLabel(self.notesBox)
        self.tagsError.setObjectName(u"tagsError")
        self.tagsError.setText(u"")
        self.tagsError.setWordWrap(True)
        self.tagsError.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.tagsError.setOpenExternalLinks(False)

        self.notesForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.tagsError)

        self.marketingLabel = QLabel(self.notesBox)
        self.marketingLabel.setObjectName(u"marketingLabel")

        self.notesForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.marketingLabel)

        self.consentRow = QHBoxLayout()
        self.consentRow.setObjectName(u"consentRow")
        self.consentCheck = QCheckBox(self.notesBox)
        self.consentCheck.setObjectName(u"consentCheck")

        self.consentRow.addWidget(self.consentCheck)

        self.consentDateLabel = QLabel(self.notesBox)
        self.consentDateLabel.setObjectName(u"consentDateLabel")
        self.consentDateLabel.setText(u"")

        self.consentRow.addWidget(self.consentDateLabel)

        self.consentSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.consentRow.addItem(self.consentSpacer)


        self.notesForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.consentRow)

        self.marketingError = QLabel(self.notesBox)
        self.marketingError.setObjectName(u"marketingError")
        self.marketingError.setText(u"")
        self.marketingError.setWordWrap(True)
        self.marketingError.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.marketingError.setOpenExternalLinks(False)

        self.notesForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.marketingError)

        self.notesEdit = QPlainTextEdit(self.notesBox)
        self.notesEdit.setObjectName(u"notesEdit")

        self.notesForm.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.notesEdit)

        self.notesError = QLabel(self.notesBox)
        self.notesError.setObjectName(u"notesError")
        self.notesError.setText(u"")
        self.notesError.setWordWrap(True)
        self.notesError.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.notesError.setOpenExternalLinks(False)

        self.notesForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.notesError)


        self.rightColumn.addWidget(self.notesBox)


        self.columns.addLayout(self.rightColumn)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.phone2Label.setBuddy(self.phone2Edit)
        self.wechatLabel.setBuddy(self.wechatEdit)
        self.genderLabel.setBuddy(self.genderCombo)
        self.birthdayLabel.setBuddy(self.birthdayEdit)
        self.lunarBirthdayLabel.setBuddy(self.lunarMonthSpin)
        self.addressLabel.setBuddy(self.addressEdit)
        self.sourceLabel.setBuddy(self.sourceCombo)
        self.levelLabel.setBuddy(self.levelCombo)
        self.statusLabel.setBuddy(self.statusCombo)
        self.ownerLabel.setBuddy(self.ownerCombo)
        self.intentModelLabel.setBuddy(self.intentModelEdit)
        self.intentBodyTypeLabel.setBuddy(self.bodyTypeCombo)
        self.budgetLabel.setBuddy(self.budgetMinEdit)
        self.paymentLabel.setBuddy(self.paymentCombo)
        self.tradeInLabel.setBuddy(self.tradeInEdit)
        self.tagsLabel.setBuddy(self.tagsEdit)
        self.marketingLabel.setBuddy(self.consentCheck)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.phone2Edit)
        QWidget.setTabOrder(self.phone2Edit, self.wechatEdit)
        QWidget.setTabOrder(self.wechatEdit, self.genderCombo)
        QWidget.setTabOrder(self.genderCombo, self.birthdayEdit)
        QWidget.setTabOrder(self.birthdayEdit, self.lunarCheck)
        QWidget.setTabOrder(self.lunarCheck, self.lunarMonthSpin)
        QWidget.setTabOrder(self.lunarMonthSpin, self.lunarDaySpin)
        QWidget.setTabOrder(self.lunarDaySpin, self.lunarLeapCheck)
        QWidget.setTabOrder(self.lunarLeapCheck, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.sourceCombo)
        QWidget.setTabOrder(self.sourceCombo, self.platformCombo)
        QWidget.setTabOrder(self.platformCombo, self.referrerPicker)
        QWidget.setTabOrder(self.referrerPicker, self.levelCombo)
        QWidget.setTabOrder(self.levelCombo, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.ownerCombo)
        QWidget.setTabOrder(self.ownerCombo, self.intentModelEdit)
        QWidget.setTabOrder(self.intentModelEdit, self.bodyTypeCombo)
        QWidget.setTabOrder(self.bodyTypeCombo, self.budgetMinEdit)
        QWidget.setTabOrder(self.budgetMinEdit, self.budgetMaxEdit)
        QWidget.setTabOrder(self.budgetMaxEdit, self.paymentCombo)
        QWidget.setTabOrder(self.paymentCombo, self.tradeInEdit)
        QWidget.setTabOrder(self.tradeInEdit, self.tagsEdit)
        QWidget.setTabOrder(self.tagsEdit, self.consentCheck)
        QWidget.setTabOrder(self.consentCheck, self.notesEdit)

        self.retranslateUi(CustomerForm)

        QMetaObject.connectSlotsByName(CustomerForm)
    # setupUi

    def retranslateUi(self, CustomerForm):
        self.contactBox.setTitle(QCoreApplication.translate("CustomerForm", u"Contact", None))
        self.nameLabel.setText(QCoreApplication.translate("CustomerForm", u"&Name *", None))
        self.phoneLabel.setText(QCoreApplication.translate("CustomerForm", u"&Mobile", None))
        self.phone2Label.setText(QCoreApplication.translate("CustomerForm", u"Second phone", None))
        self.wechatLabel.setText(QCoreApplication.translate("CustomerForm", u"WeChat", None))
        self.genderLabel.setText(QCoreApplication.translate("CustomerForm", u"Gender", None))
        self.birthdayLabel.setText(QCoreApplication.translate("CustomerForm", u"Birthday", None))
        self.lunarCheck.setText(QCoreApplication.translate("CustomerForm", u"Celebrates lunar birthday", None))
        self.lunarBirthdayLabel.setText(QCoreApplication.translate("CustomerForm", u"Lunar birthday", None))
        self.lunarMonthLabel.setText(QCoreApplication.translate("CustomerForm", u"month", None))
        self.lunarDayLabel.setText(QCoreApplication.translate("CustomerForm", u"day", None))
        self.lunarLeapCheck.setText(QCoreApplication.translate("CustomerForm", u"Leap month", None))
        self.addressLabel.setText(QCoreApplication.translate("CustomerForm", u"Address", None))
        self.salesBox.setTitle(QCoreApplication.translate("CustomerForm", u"Sales", None))
        self.sourceLabel.setText(QCoreApplication.translate("CustomerForm", u"&Source", None))
        self.levelLabel.setText(QCoreApplication.translate("CustomerForm", u"&Level", None))
        self.statusLabel.setText(QCoreApplication.translate("CustomerForm", u"S&tatus", None))
        self.ownerLabel.setText(QCoreApplication.translate("CustomerForm", u"Salesperson", None))
        self.intentBox.setTitle(QCoreApplication.translate("CustomerForm", u"Purchase intent", None))
        self.intentModelLabel.setText(QCoreApplication.translate("CustomerForm", u"Wanted car", None))
        self.intentModelEdit.setPlaceholderText(QCoreApplication.translate("CustomerForm", u"brand and model, e.g. \u4e30\u7530 \u51ef\u7f8e\u745e", None))
        self.intentBodyTypeLabel.setText(QCoreApplication.translate("CustomerForm", u"Body type", None))
        self.budgetLabel.setText(QCoreApplication.translate("CustomerForm", u"Budget", None))
        self.budgetToLabel.setText(QCoreApplication.translate("CustomerForm", u"to", None))
        self.paymentLabel.setText(QCoreApplication.translate("CustomerForm", u"Payment", None))
        self.tradeInLabel.setText(QCoreApplication.translate("CustomerForm", u"Trade-in car", None))
        self.tradeInEdit.setPlaceholderText(QCoreApplication.translate("CustomerForm", u"their current car, if they sell it to us", None))
        self.notesBox.setTitle(QCoreApplication.translate("CustomerForm", u"Tags and notes", None))
        self.tagsLabel.setText(QCoreApplication.translate("CustomerForm", u"Tags", None))
        self.tagsEdit.setPlaceholderText(QCoreApplication.translate("CustomerForm", u"VIP, friend of the owner", None))
        self.marketingLabel.setText(QCoreApplication.translate("CustomerForm", u"Marketing", None))
        self.consentCheck.setText(QCoreApplication.translate("CustomerForm", u"Agrees to receive offers and greetings", None))
        self.notesEdit.setPlaceholderText(QCoreApplication.translate("CustomerForm", u"Hobbies, family, what matters to them...", None))
        pass
    # retranslateUi

