# Generated from vehicle_form.ui by pyside6-uic (python -m dealerdesk.ui.customers.forms).
# Do not edit: change the .ui file in Qt Designer and regenerate.
# ruff: noqa
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'vehicle_form.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from dealerdesk.ui.widgets import (DateField, MoneyField)

class Ui_VehicleForm(object):
    def setupUi(self, VehicleForm):
        if not VehicleForm.objectName():
            VehicleForm.setObjectName(u"VehicleForm")
        self.columns = QHBoxLayout(VehicleForm)
        self.columns.setObjectName(u"columns")
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setObjectName(u"leftColumn")
        self.carBox = QGroupBox(VehicleForm)
        self.carBox.setObjectName(u"carBox")
        self.carForm = QFormLayout(self.carBox)
        self.carForm.setObjectName(u"carForm")
        self.carForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.carForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.relationLabel = QLabel(self.carBox)
        self.relationLabel.setObjectName(u"relationLabel")

        self.carForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.relationLabel)

        self.relationCombo = QComboBox(self.carBox)
        self.relationCombo.setObjectName(u"relationCombo")

        self.carForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.relationCombo)

        self.relationError = QLabel(self.carBox)
        self.relationError.setObjectName(u"relationError")
        self.relationError.setText(u"")
        self.relationError.setWordWrap(True)
        self.relationError.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.relationError.setOpenExternalLinks(False)

        self.carForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.relationError)

        self.brandLabel = QLabel(self.carBox)
        self.brandLabel.setObjectName(u"brandLabel")

        self.carForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.brandLabel)

        self.brandEdit = QLineEdit(self.carBox)
        self.brandEdit.setObjectName(u"brandEdit")

        self.carForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.brandEdit)

        self.brandError = QLabel(self.carBox)
        self.brandError.setObjectName(u"brandError")
        self.brandError.setText(u"")
        self.brandError.setWordWrap(True)
        self.brandError.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.brandError.setOpenExternalLinks(False)

        self.carForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.brandError)

        self.modelLabel = QLabel(self.carBox)
        self.modelLabel.setObjectName(u"modelLabel")

        self.carForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.modelLabel)

        self.modelEdit = QLineEdit(self.carBox)
        self.modelEdit.setObjectName(u"modelEdit")

        self.carForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.modelEdit)

        self.modelError = QLabel(self.carBox)
        self.modelError.setObjectName(u"modelError")
        self.modelError.setText(u"")
        self.modelError.setWordWrap(True)
        self.modelError.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.modelError.setOpenExternalLinks(False)

        self.carForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.modelError)

        self.yearLabel = QLabel(self.carBox)
        self.yearLabel.setObjectName(u"yearLabel")

        self.carForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.yearEdit = QLineEdit(self.carBox)
        self.yearEdit.setObjectName(u"yearEdit")
        self.yearEdit.setMaxLength(4)

        self.carForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.yearEdit)

        self.yearError = QLabel(self.carBox)
        self.yearError.setObjectName(u"yearError")
        self.yearError.setText(u"")
        self.yearError.setWordWrap(True)
        self.yearError.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.yearError.setOpenExternalLinks(False)

        self.carForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.yearError)

        self.vinLabel = QLabel(self.carBox)
        self.vinLabel.setObjectName(u"vinLabel")

        self.carForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.vinLabel)

        self.vinEdit = QLineEdit(self.carBox)
        self.vinEdit.setObjectName(u"vinEdit")
        self.vinEdit.setMaxLength(20)

        self.carForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.vinEdit)

        self.vinError = QLabel(self.carBox)
        self.vinError.setObjectName(u"vinError")
        self.vinError.setText(u"")
        self.vinError.setWordWrap(True)
        self.vinError.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.vinError.setOpenExternalLinks(False)

        self.carForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.vinError)

        self.plateLabel = QLabel(self.carBox)
        self.plateLabel.setObjectName(u"plateLabel")

        self.carForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.plateLabel)

        self.plateEdit = QLineEdit(self.carBox)
        self.plateEdit.setObjectName(u"plateEdit")
        self.plateEdit.setPlaceholderText(u"\u6d59A12345")

        self.carForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.plateEdit)

        self.plateError = QLabel(self.carBox)
        self.plateError.setObjectName(u"plateError")
        self.plateError.setText(u"")
        self.plateError.setWordWrap(True)
        self.plateError.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.plateError.setOpenExternalLinks(False)

        self.carForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.plateError)

        self.colourLabel = QLabel(self.carBox)
        self.colourLabel.setObjectName(u"colourLabel")

        self.carForm.setWidget(12, QFormLayout.ItemRole.LabelRole, self.colourLabel)

        self.colourEdit = QLineEdit(self.carBox)
        self.colourEdit.setObjectName(u"colourEdit")

        self.carForm.setWidget(12, QFormLayout.ItemRole.FieldRole, self.colourEdit)

        self.colourError = QLabel(self.carBox)
        self.colourError.setObjectName(u"colourError")
        self.colourError.setText(u"")
        self.colourError.setWordWrap(True)
        self.colourError.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.colourError.setOpenExternalLinks(False)

        self.carForm.setWidget(13, QFormLayout.ItemRole.FieldRole, self.colourError)

        self.mileageKmLabel = QLabel(self.carBox)
        self.mileageKmLabel.setObjectName(u"mileageKmLabel")

        self.carForm.setWidget(14, QFormLayout.ItemRole.LabelRole, self.mileageKmLabel)

        self.mileageEdit = QLineEdit(self.carBox)
        self.mileageEdit.setObjectName(u"mileageEdit")

        self.carForm.setWidget(14, QFormLayout.ItemRole.FieldRole, self.mileageEdit)

        self.mileageKmError = QLabel(self.carBox)
        self.mileageKmError.setObjectName(u"mileageKmError")
        self.mileageKmError.setText(u"")
        self.mileageKmError.setWordWrap(True)
        self.mileageKmError.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.mileageKmError.setOpenExternalLinks(False)

        self.carForm.setWidget(15, QFormLayout.ItemRole.FieldRole, self.mileageKmError)


        self.leftColumn.addWidget(self.carBox)

        self.dealBox = QGroupBox(VehicleForm)
        self.dealBox.setObjectName(u"dealBox")
        self.dealForm = QFormLayout(self.dealBox)
        self.dealForm.setObjectName(u"dealForm")
        self.dealForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.dealForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.registeredOnLabel = QLabel(self.dealBox)
        self.registeredOnLabel.setObjectName(u"registeredOnLabel")

        self.dealForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.registeredOnLabel)

        self.registeredEdit = DateField(self.dealBox)
        self.registeredEdit.setObjectName(u"registeredEdit")
        self.registeredEdit.setIsoFormat(True)

        self.dealForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.registeredEdit)

        self.registeredOnError = QLabel(self.dealBox)
        self.registeredOnError.setObjectName(u"registeredOnError")
        self.registeredOnError.setText(u"")
        self.registeredOnError.setWordWrap(True)
        self.registeredOnError.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.registeredOnError.setOpenExternalLinks(False)

        self.dealForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.registeredOnError)

        self.dealOnLabel = QLabel(self.dealBox)
        self.dealOnLabel.setObjectName(u"dealOnLabel")

        self.dealForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dealOnLabel)

        self.dealDateEdit = DateField(self.dealBox)
        self.dealDateEdit.setObjectName(u"dealDateEdit")
        self.dealDateEdit.setIsoFormat(True)

        self.dealForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dealDateEdit)

        self.dealOnError = QLabel(self.dealBox)
        self.dealOnError.setObjectName(u"dealOnError")
        self.dealOnError.setText(u"")
        self.dealOnError.setWordWrap(True)
        self.dealOnError.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.dealOnError.setOpenExternalLinks(False)

        self.dealForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.dealOnError)

        self.dealPriceCentsLabel = QLabel(self.dealBox)
        self.dealPriceCentsLabel.setObjectName(u"dealPriceCentsLabel")

        self.dealForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.dealPriceCentsLabel)

        self.dealPriceEdit = MoneyField(self.dealBox)
        self.dealPriceEdit.setObjectName(u"dealPriceEdit")
        self.dealPriceEdit.setUnitChoice(True)

        self.dealForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.dealPriceEdit)

        self.dealPriceCentsError = QLabel(self.dealBox)
        self.dealPriceCentsError.setObjectName(u"dealPriceCentsError")
        self.dealPriceCentsError.setText(u"")
        self.dealPriceCentsError.setWordWrap(True)
        self.dealPriceCentsError.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.dealPriceCentsError.setOpenExternalLinks(False)

        self.dealForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.dealPriceCentsError)

        self.salespersonLabel = QLabel(self.dealBox)
        self.salespersonLabel.setObjectName(u"salespersonLabel")

        self.dealForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.salespersonLabel)

        self.salespersonCombo = QComboBox(self.dealBox)
        self.salespersonCombo.setObjectName(u"salespersonCombo")

        self.dealForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.salespersonCombo)

        self.salespersonError = QLabel(self.dealBox)
        self.salespersonError.setObjectName(u"salespersonError")
        self.salespersonError.setText(u"")
        self.salespersonError.setWordWrap(True)
        self.salespersonError.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.salespersonError.setOpenExternalLinks(False)

        self.dealForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.salespersonError)

        self.disposedOnLabel = QLabel(self.dealBox)
        self.disposedOnLabel.setObjectName(u"disposedOnLabel")

        self.dealForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.disposedOnLabel)

        self.disposedEdit = DateField(self.dealBox)
        self.disposedEdit.setObjectName(u"disposedEdit")
        self.disposedEdit.setIsoFormat(True)

        self.dealForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.disposedEdit)

        self.disposedOnError = QLabel(self.dealBox)
        self.disposedOnError.setObjectName(u"disposedOnError")
        self.disposedOnError.setText(u"")
        self.disposedOnError.setWordWrap(True)
        self.disposedOnError.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.disposedOnError.setOpenExternalLinks(False)

        self.dealForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.disposedOnError)


        self.leftColumn.addWidget(self.dealBox)

        self.leftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.leftColumn.addItem(self.leftSpacer)


        self.columns.addLayout(self.leftColumn)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setObjectName(u"rightColumn")
        self.datesBox = QGroupBox(VehicleForm)
        self.datesBox.setObjectName(u"datesBox")
        self.datesForm = QFormLayout(self.datesBox)
        self.datesForm.setObjectName(u"datesForm")
        self.datesForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.datesForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.compulsoryInsExpiryLabel = QLabel(self.datesBox)
        self.compulsoryInsExpiryLabel.setObjectName(u"compulsoryInsExpiryLabel")

        self.datesForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.compulsoryInsExpiryLabel)

        self.compulsoryEdit = DateField(self.datesBox)
        self.compulsoryEdit.setObjectName(u"compulsoryEdit")
        self.compulsoryEdit.setIsoFormat(True)

        self.datesForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.compulsoryEdit)

        self.compulsoryInsExpiryError = QLabel(self.datesBox)
        self.compulsoryInsExpiryError.setObjectName(u"compulsoryInsExpiryError")
        self.compulsoryInsExpiryError.setText(u"")
        self.compulsoryInsExpiryError.setWordWrap(True)
        self.compulsoryInsExpiryError.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.compulsoryInsExpiryError.setOpenExternalLinks(False)

        self.datesForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.compulsoryInsExpiryError)

        self.commercialInsExpiryLabel = QLabel(self.datesBox)
        self.commercialInsExpiryLabel.setObjectName(u"commercialInsExpiryLabel")

        self.datesForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.commercialInsExpiryLabel)

        self.commercialEdit = DateField(self.datesBox)
        self.commercialEdit.setObjectName(u"commercialEdit")
        self.commercialEdit.setIsoFormat(True)

        self.datesForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.commercialEdit)

        self.commercialInsExpiryError = QLabel(self.datesBox)
        self.commercialInsExpiryError.setObjectName(u"commercialInsExpiryError")
        self.commercialInsExpiryError.setText(u"")
        self.commercialInsExpiryError.setWordWrap(True)
        self.commercialInsExpiryError.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.commercialInsExpiryError.setOpenExternalLinks(False)

        self.datesForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.commercialInsExpiryError)

        self.inspectionDueLabel = QLabel(self.datesBox)
        self.inspectionDueLabel.setObjectName(u"inspectionDueLabel")

        self.datesForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.inspectionDueLabel)

        self.inspectionEdit = DateField(self.datesBox)
        self.inspectionEdit.setObjectName(u"inspectionEdit")
        self.inspectionEdit.setIsoFormat(True)

        self.datesForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.inspectionEdit)

        self.inspectionDueError = QLabel(self.datesBox)
        self.inspectionDueError.setObjectName(u"inspectionDueError")
        self.inspectionDueError.setText(u"")
        self.inspectionDueError.setWordWrap(True)
        self.inspectionDueError.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.inspectionDueError.setOpenExternalLinks(False)

        self.datesForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.inspectionDueError)

        self.inspectionHint = QLabel(self.datesBox)
        self.inspectionHint.setObjectName(u"inspectionHint")
        self.inspectionHint.setWordWrap(True)

        self.datesForm.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.inspectionHint)

        self.inspectionHintError = QLabel(self.datesBox)
        self.inspectionHintError.setObjectName(u"inspectionHintError")
        self.inspectionHintError.setText(u"")
        self.inspectionHintError.setWordWrap(True)
        self.inspectionHintError.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.inspectionHintError.setOpenExternalLinks(False)

        self.datesForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.inspectionHintError)

        self.warrantyExpiryLabel = QLabel(self.datesBox)
        self.warrantyExpiryLabel.setObjectName(u"warrantyExpiryLabel")

        self.datesForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.warrantyExpiryLabel)

        self.warrantyEdit = DateField(self.datesBox)
        self.warrantyEdit.setObjectName(u"warrantyEdit")
        self.warrantyEdit.setIsoFormat(True)

        self.datesForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.warrantyEdit)

        self.warrantyExpiryError = QLabel(self.datesBox)
        self.warrantyExpiryError.setObjectName(u"warrantyExpiryError")
        self.warrantyExpiryError.setText(u"")
        self.warrantyExpiryError.setWordWrap(True)
        self.warrantyExpiryError.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.warrantyExpiryError.setOpenExternalLinks(False)

        self.datesForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.warrantyExpiryError)

        self.nextMaintenanceOnLabel = QLabel(self.datesBox)
        self.nextMaintenanceOnLabel.setObjectName(u"nextMaintenanceOnLabel")

        self.datesForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.nextMaintenanceOnLabel)

        self.maintenanceEdit = DateField(self.datesBox)
        self.maintenanceEdit.setObjectName(u"maintenanceEdit")
        self.maintenanceEdit.setIsoFormat(True)

        self.datesForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.maintenanceEdit)

        self.nextMaintenanceOnError = QLabel(self.datesBox)
        self.nextMaintenanceOnError.setObjectName(u"nextMaintenanceOnError")
        self.nextMaintenanceOnError.setText(u"")
        self.nextMaintenanceOnError.setWordWrap(True)
        self.nextMaintenanceOnError.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.nextMaintenanceOnError.setOpenExternalLinks(False)

        self.datesForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.nextMaintenanceOnError)


        self.rightColumn.addWidget(self.datesBox)

        self.notesBox = QGroupBox(VehicleForm)
        self.notesBox.setObjectName(u"notesBox")
        self.vehicleNotesForm = QFormLayout(self.notesBox)
        self.vehicleNotesForm.setObjectName(u"vehicleNotesForm")
        self.vehicleNotesForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.vehicleNotesForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.notesEdit = QPlainTextEdit(self.notesBox)
        self.notesEdit.setObjectName(u"notesEdit")

        self.vehicleNotesForm.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.notesEdit)

        self.notesError = QLabel(self.notesBox)
        self.notesError.setObjectName(u"notesError")
        self.notesError.setText(u"")
        self.notesError.setWordWrap(True)
        self.notesError.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.notesError.setOpenExternalLinks(False)

        self.vehicleNotesForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.notesError)


        self.rightColumn.addWidget(self.notesBox)


        self.columns.addLayout(self.rightColumn)

#if QT_CONFIG(shortcut)
        self.relationLabel.setBuddy(self.relationCombo)
        self.brandLabel.setBuddy(self.brandEdit)
        self.modelLabel.setBuddy(self.modelEdit)
        self.yearLabel.setBuddy(self.yearEdit)
        self.vinLabel.setBuddy(self.vinEdit)
        self.plateLabel.setBuddy(self.plateEdit)
        self.colourLabel.setBuddy(self.colourEdit)
        self.mileageKmLabel.setBuddy(self.mileageEdit)
        self.registeredOnLabel.setBuddy(self.registeredEdit)
        self.dealOnLabel.setBuddy(self.dealDateEdit)
        self.dealPriceCentsLabel.setBuddy(self.dealPriceEdit)
        self.salespersonLabel.setBuddy(self.salespersonCombo)
        self.disposedOnLabel.setBuddy(self.disposedEdit)
        self.compulsoryInsExpiryLabel.setBuddy(self.compulsoryEdit)
        self.commercialInsExpiryLabel.setBuddy(self.commercialEdit)
        self.inspectionDueLabel.setBuddy(self.inspectionEdit)
        self.warrantyExpiryLabel.setBuddy(self.warrantyEdit)
        self.nextMaintenanceOnLabel.setBuddy(self.maintenanceEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.relationCombo, self.brandEdit)
        QWidget.setTabOrder(self.brandEdit, self.modelEdit)
        QWidget.setTabOrder(self.modelEdit, self.yearEdit)
        QWidget.setTabOrder(self.yearEdit, self.vinEdit)
        QWidget.setTabOrder(self.vinEdit, self.plateEdit)
        QWidget.setTabOrder(self.plateEdit, self.colourEdit)
        QWidget.setTabOrder(self.colourEdit, self.mileageEdit)
        QWidget.setTabOrder(self.mileageEdit, self.registeredEdit)
        QWidget.setTabOrder(self.registeredEdit, self.dealDateEdit)
        QWidget.setTabOrder(self.dealDateEdit, self.dealPriceEdit)
        QWidget.setTabOrder(self.dealPriceEdit, self.salespersonCombo)
        QWidget.setTabOrder(self.salespersonCombo, self.disposedEdit)
        QWidget.setTabOrder(self.disposedEdit, self.compulsoryEdit)
        QWidget.setTabOrder(self.compulsoryEdit, self.commercialEdit)
        QWidget.setTabOrder(self.commercialEdit, self.inspectionEdit)
        QWidget.setTabOrder(self.inspectionEdit, self.warrantyEdit)
        QWidget.setTabOrder(self.warrantyEdit, self.maintenanceEdit)
        QWidget.setTabOrder(self.maintenanceEdit, self.notesEdit)

        self.retranslateUi(VehicleForm)

        QMetaObject.connectSlotsByName(VehicleForm)
    # setupUi

    def retranslateUi(self, VehicleForm):
        self.carBox.setTitle(QCoreApplication.translate("VehicleForm", u"Car", None))
        self.relationLabel.setText(QCoreApplication.translate("VehicleForm", u"&Relation", None))
        self.brandLabel.setText(QCoreApplication.translate("VehicleForm", u"&Brand", None))
        self.brandEdit.setPlaceholderText(QCoreApplication.translate("VehicleForm", u"e.g. \u4e30\u7530", None))
        self.modelLabel.setText(QCoreApplication.translate("VehicleForm", u"&Model", None))
        self.modelEdit.setPlaceholderText(QCoreApplication.translate("VehicleForm", u"e.g. \u51ef\u7f8e\u745e 2.0G", None))
        self.yearLabel.setText(QCoreApplication.translate("VehicleForm", u"Model &year", None))
        self.vinLabel.setText(QCoreApplication.translate("VehicleForm", u"&VIN", None))
        self.plateLabel.setText(QCoreApplication.translate("VehicleForm", u"&Plate", None))
        self.colourLabel.setText(QCoreApplication.translate("VehicleForm", u"Colour", None))
        self.mileageKmLabel.setText(QCoreApplication.translate("VehicleForm", u"Mileage (km)", None))
        self.dealBox.setTitle(QCoreApplication.translate("VehicleForm", u"Deal", None))
        self.registeredOnLabel.setText(QCoreApplication.translate("VehicleForm", u"Registered on", None))
        self.dealOnLabel.setText(QCoreApplication.translate("VehicleForm", u"Deal date", None))
        self.dealPriceCentsLabel.setText(QCoreApplication.translate("VehicleForm", u"Deal price", None))
        self.salespersonLabel.setText(QCoreApplication.translate("VehicleForm", u"Salesperson", None))
        self.disposedOnLabel.setText(QCoreApplication.translate("VehicleForm", u"Sold on / scrapped", None))
        self.datesBox.setTitle(QCoreApplication.translate("VehicleForm", u"Dates to remember", None))
        self.compulsoryInsExpiryLabel.setText(QCoreApplication.translate("VehicleForm", u"Compulsory insurance expires", None))
        self.commercialInsExpiryLabel.setText(QCoreApplication.translate("VehicleForm", u"Commercial insurance expires", None))
        self.inspectionDueLabel.setText(QCoreApplication.translate("VehicleForm", u"Annual inspection due", None))
        self.inspectionHint.setText(QCoreApplication.translate("VehicleForm", u"Suggested from the registration date: every 2 years for the first 10 years, every year up to 15 years, then every 6 months.", None))
        self.warrantyExpiryLabel.setText(QCoreApplication.translate("VehicleForm", u"Warranty expires", None))
        self.nextMaintenanceOnLabel.setText(QCoreApplication.translate("VehicleForm", u"Next maintenance", None))
        self.notesBox.setTitle(QCoreApplication.translate("VehicleForm", u"Notes", None))
        pass
    # retranslateUi

