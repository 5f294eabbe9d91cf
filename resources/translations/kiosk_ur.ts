<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ur_PK">
<context>
    <name>AccessPanel</name>
    <message>
        <location filename="../../kiosk/ui/widgets/access_panel.py" line="164" />
        <source>Easier to read</source>
        <translation>پڑھنے میں آسانی</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/access_panel.py" line="165" />
        <location filename="../../kiosk/ui/widgets/access_panel.py" line="166" />
        <source>Large text</source>
        <translation>بڑا متن</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/access_panel.py" line="167" />
        <location filename="../../kiosk/ui/widgets/access_panel.py" line="168" />
        <source>High contrast</source>
        <translation>زیادہ کنٹراسٹ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/access_panel.py" line="169" />
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/access_panel.py" line="170" />
        <source>Accessibility</source>
        <translation>رسائی</translation>
    </message>
</context>
<context>
    <name>ClimateChart</name>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_chart.py" line="122" />
        <source>%1: high %2, low %3, rain %4</source>
        <translation>%1: زیادہ سے زیادہ %2، کم سے کم %3، بارش %4</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_chart.py" line="140" />
        <source>mm</source>
        <translation>ملی میٹر</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_chart.py" line="277" />
        <source>Monthly climate chart</source>
        <translation>ماہانہ موسمی چارٹ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_chart.py" line="279" />
        <source>Use the arrow keys to hear each month's figures.</source>
        <translation>ہر مہینے کے اعداد و شمار سننے کے لیے تیر والی کلیدیں استعمال کریں۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_chart.py" line="298" />
        <source>Temperature (°F)</source>
        <translation>درجۂ حرارت (°F)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_chart.py" line="298" />
        <source>Temperature (°C)</source>
        <translation>درجۂ حرارت (°C)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_chart.py" line="311" />
        <source>Rain (mm)</source>
        <translation>بارش (ملی میٹر)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_chart.py" line="319" />
        <source>Band: average daily high and low</source>
        <translation>پٹی: اوسط یومیہ زیادہ سے زیادہ اور کم سے کم</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_chart.py" line="320" />
        <source>Bars: rain in the month</source>
        <translation>ستون: مہینے کی بارش</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_chart.py" line="230" />
        <source>Tap a month to see its figures</source>
        <translation>اعداد و شمار دیکھنے کے لیے کسی مہینے کو چھوئیں</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_chart.py" line="329" />
        <source>High %1</source>
        <translation>زیادہ سے زیادہ %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_chart.py" line="330" />
        <source>Low %1</source>
        <translation>کم سے کم %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_chart.py" line="331" />
        <source>Rain %1</source>
        <translation>بارش %1</translation>
    </message>
</context>
<context>
    <name>ClimateStoryCard</name>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_story_card.py" line="82" />
        <source>%1 beside %2</source>
        <translation>%1 اور %2 کا موازنہ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_story_card.py" line="90" />
        <source>Worked out from the monthly figures in the chart; sources under it.</source>
        <translation>چارٹ کے ماہانہ اعداد و شمار سے اخذ کردہ؛ ماخذ چارٹ کے نیچے درج ہیں۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_story_card.py" line="100" />
        <source>In %1 %2 is about %3 colder than %4.</source>
        <translation>%1 میں %2 %4 سے تقریباً %3 زیادہ ٹھنڈا ہوتا ہے۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_story_card.py" line="102" />
        <source>In %1 %2 is about %3 warmer than %4.</source>
        <translation>%1 میں %2 %4 سے تقریباً %3 زیادہ گرم ہوتا ہے۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_story_card.py" line="111" />
        <source>In %1 the two cities are about as warm as each other.</source>
        <translation>%1 میں دونوں شہروں کا درجۂ حرارت تقریباً یکساں ہوتا ہے۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_story_card.py" line="114" />
        <source>The two cities are closest in %1, when %2 is about %3 colder.</source>
        <translation>دونوں شہروں کا درجۂ حرارت %1 میں سب سے قریب ہوتا ہے، جب %2 تقریباً %3 زیادہ ٹھنڈا ہوتا ہے۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_story_card.py" line="116" />
        <source>The two cities are closest in %1, when %2 is about %3 warmer.</source>
        <translation>دونوں شہروں کا درجۂ حرارت %1 میں سب سے قریب ہوتا ہے، جب %2 تقریباً %3 زیادہ گرم ہوتا ہے۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_story_card.py" line="126" />
        <source>Both cities get most of their rain in %1.</source>
        <translation>دونوں شہروں میں زیادہ تر بارش %1 میں ہوتی ہے۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_story_card.py" line="127" />
        <source>Both cities get the most rain in %1.</source>
        <translation>دونوں شہروں میں سب سے زیادہ بارش %1 میں ہوتی ہے۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_story_card.py" line="128" />
        <source>%1 gets the most rain in %2, %3 in %4.</source>
        <translation>%1 میں سب سے زیادہ بارش %2 میں ہوتی ہے، اور %3 میں %4 میں۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_story_card.py" line="148" />
        <source>In a year %1 gets %2 of rain and %3 gets %4.</source>
        <translation>سال بھر میں %1 میں %2 بارش ہوتی ہے اور %3 میں %4۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_story_card.py" line="150" />
        <source>In a year %1 gets %2 of rain and %3 gets %4, about %5 times as much.</source>
        <translation>سال بھر میں %1 میں %2 بارش ہوتی ہے اور %3 میں %4، یعنی تقریباً %5 گنا۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_story_card.py" line="167" />
        <source>%1 and %2</source>
        <translation>%1 اور %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_story_card.py" line="179" />
        <source>mm</source>
        <translation>ملی میٹر</translation>
    </message>
</context>
<context>
    <name>ClimateTable</name>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_table.py" line="160" />
        <source>Monthly climate figures</source>
        <translation>ماہانہ موسمی اعداد و شمار</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_table.py" line="162" />
        <source>Average daily high and low temperature and rain for each month.</source>
        <translation>ہر مہینے کا اوسط یومیہ زیادہ سے زیادہ اور کم سے کم درجۂ حرارت اور بارش۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_table.py" line="180" />
        <source>%1
high (%2)</source>
        <translation>%1
زیادہ سے زیادہ (%2)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_table.py" line="181" />
        <source>%1
low (%2)</source>
        <translation>%1
کم سے کم (%2)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_table.py" line="182" />
        <source>%1
rain (mm)</source>
        <translation>%1
بارش (ملی میٹر)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_table.py" line="197" />
        <source>mm</source>
        <translation>ملی میٹر</translation>
    </message>
</context>
<context>
    <name>ClimateView</name>
    <message>
        <location filename="../../kiosk/ui/views/climate_view.py" line="327" />
        <source>%1 rainfall</source>
        <translation>%1 کی بارش</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/views/climate_view.py" line="332" />
        <source>Month by month</source>
        <translation>ماہ بہ ماہ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/views/climate_view.py" line="333" />
        <source>Chart</source>
        <translation>چارٹ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/views/climate_view.py" line="334" />
        <source>Table</source>
        <translation>جدول</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/views/climate_view.py" line="335" />
        <source>Show the chart</source>
        <translation>چارٹ دکھائیں</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/views/climate_view.py" line="336" />
        <source>Show the table of figures</source>
        <translation>اعداد و شمار کا جدول دکھائیں</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/views/climate_view.py" line="337" />
        <source>Show degrees Celsius</source>
        <translation>سیلسیس میں دکھائیں</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/views/climate_view.py" line="338" />
        <source>Show degrees Fahrenheit</source>
        <translation>فارن ہائیٹ میں دکھائیں</translation>
    </message>
</context>
<context>
    <name>CountdownOverlay</name>
    <message>
        <location filename="../../kiosk/session/countdown_overlay.py" line="119" />
        <source>Still there?</source>
        <translation>کیا آپ ابھی یہاں ہیں؟</translation>
    </message>
    <message>
        <location filename="../../kiosk/session/countdown_overlay.py" line="120" />
        <source>Touch anywhere to keep exploring.</source>
        <translation>دیکھتے رہنے کے لیے اسکرین پر کہیں بھی چھوئیں۔</translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message numerus="yes">
        <location filename="../../kiosk/session/countdown_overlay.py" line="142" />
        <source>Starting over in %n second(s)</source>
        <translation>
            <numerusform>%n سیکنڈ میں نئے سرے سے آغاز</numerusform>
            <numerusform>%n سیکنڈ میں نئے سرے سے آغاز</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FactTile</name>
    <message>
        <location filename="../../kiosk/ui/widgets/fact_tile.py" line="89" />
        <source>Press to show the source</source>
        <translation>ماخذ دیکھنے کے لیے دبائیں</translation>
    </message>
</context>
<context>
    <name>IndustryDetail</name>
    <message>
        <location filename="../../kiosk/ui/widgets/industry_detail.py" line="191" />
        <source>%1 of %2</source>
        <translation>%2 میں سے %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/industry_detail.py" line="194" />
        <source>Previous: %1</source>
        <translation>پچھلا: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/industry_detail.py" line="195" />
        <source>Next: %1</source>
        <translation>اگلا: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/industry_detail.py" line="322" />
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
</context>
<context>
    <name>KioskSession</name>
    <message>
        <location filename="../../kiosk/session/kiosk_session.py" line="221" />
        <source>The content was reloaded.</source>
        <translation>مواد دوبارہ لوڈ ہو گیا۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/session/kiosk_session.py" line="229" />
        <source>The new content has problems, so the current content stays. See the log.</source>
        <translation>نئے مواد میں خامیاں ہیں، اس لیے موجودہ مواد برقرار ہے۔ تفصیل لاگ میں دیکھیں۔</translation>
    </message>
    <message>
        <location filename="../../kiosk/session/kiosk_session.py" line="233" />
        <source>The content has not changed.</source>
        <translation>مواد میں کوئی تبدیلی نہیں ہوئی۔</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="84" />
        <location filename="../../kiosk/ui/main_window.py" line="270" />
        <source>Sister-City Kiosk</source>
        <translation>جڑواں شہر کیوسک</translation>
    </message>
</context>
<context>
    <name>MapWidget</name>
    <message>
        <location filename="../../kiosk/ui/widgets/map_widget.py" line="200" />
        <source>Pakistan</source>
        <translation>پاکستان</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/map_widget.py" line="200" />
        <source>China</source>
        <translation>چین</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/map_widget.py" line="179" />
        <source>Arabian Sea</source>
        <translation>بحیرۂ عرب</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/map_widget.py" line="183" />
        <location filename="../../kiosk/ui/widgets/map_widget.py" line="212" />
        <source>%1 km</source>
        <translation>%1 کلومیٹر</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/map_widget.py" line="224" />
        <source>Same time as %1</source>
        <translation>%1 کے وقت کے برابر</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/map_widget.py" line="227" />
        <source>%1 is %2 h %3 min ahead</source>
        <translation>%1 کا وقت %2 گھنٹے %3 منٹ آگے ہے</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/map_widget.py" line="227" />
        <source>%1 is %2 h %3 min behind</source>
        <translation>%1 کا وقت %2 گھنٹے %3 منٹ پیچھے ہے</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/map_widget.py" line="230" />
        <source>%1 is 1 hour ahead</source>
        <translation>%1 کا وقت ایک گھنٹہ آگے ہے</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/map_widget.py" line="230" />
        <source>%1 is 1 hour behind</source>
        <translation>%1 کا وقت ایک گھنٹہ پیچھے ہے</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/map_widget.py" line="232" />
        <source>%1 is %2 hours ahead</source>
        <translation>%1 کا وقت %2 گھنٹے آگے ہے</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/map_widget.py" line="232" />
        <source>%1 is %2 hours behind</source>
        <translation>%1 کا وقت %2 گھنٹے پیچھے ہے</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/map_widget.py" line="245" />
        <source>Map of %1 and %2</source>
        <translation>%1 اور %2 کا نقشہ</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <location filename="../../kiosk/ui/widgets/nav_bar.py" line="218" />
        <source>Overview</source>
        <translation>تعارف</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/nav_bar.py" line="219" />
        <source>Climate</source>
        <translation>موسم</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/nav_bar.py" line="220" />
        <source>Industries</source>
        <translation>صنعتیں</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/nav_bar.py" line="221" />
        <source>Timeline</source>
        <translation>روابط کا سفر</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/nav_bar.py" line="226" />
        <source>Accessibility</source>
        <translation>رسائی</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/nav_bar.py" line="227" />
        <source>Large text and high contrast</source>
        <translation>بڑا متن اور زیادہ کنٹراسٹ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/nav_bar.py" line="228" />
        <source>Navigation</source>
        <translation>رہنمائی</translation>
    </message>
</context>
<context>
    <name>NightCurtain</name>
    <message>
        <location filename="../../kiosk/session/night_curtain.py" line="44" />
        <source>Closed. Touch the screen to wake it.</source>
        <translation>بند ہے۔ جگانے کے لیے اسکرین کو چھوئیں۔</translation>
    </message>
</context>
<context>
    <name>PinDots</name>
    <message numerus="yes">
        <location filename="../../kiosk/session/pin_pad.py" line="340" />
        <source>%n digit(s) entered</source>
        <translation>
            <numerusform>%n ہندسہ درج ہوا</numerusform>
            <numerusform>%n ہندسے درج ہوئے</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinEntryPage</name>
    <message>
        <location filename="../../kiosk/session/pin_pad.py" line="282" />
        <source>Staff access</source>
        <translation>عملے کے لیے</translation>
    </message>
    <message>
        <location filename="../../kiosk/session/pin_pad.py" line="283" />
        <source>OK</source>
        <translation>ٹھیک ہے</translation>
    </message>
    <message>
        <location filename="../../kiosk/session/pin_pad.py" line="284" />
        <source>Confirm the PIN</source>
        <translation>پن کی تصدیق کریں</translation>
    </message>
    <message>
        <location filename="../../kiosk/session/pin_pad.py" line="285" />
        <source>Delete the last digit</source>
        <translation>آخری ہندسہ مٹائیں</translation>
    </message>
    <message>
        <location filename="../../kiosk/session/pin_pad.py" line="286" />
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message numerus="yes">
        <location filename="../../kiosk/session/pin_pad.py" line="188" />
        <source>Wrong PIN. Try again in %n second(s).</source>
        <translation>
            <numerusform>غلط پن۔ %n سیکنڈ بعد دوبارہ کوشش کریں۔</numerusform>
            <numerusform>غلط پن۔ %n سیکنڈ بعد دوبارہ کوشش کریں۔</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/session/pin_pad.py" line="191" />
        <source>Enter the staff PIN</source>
        <translation>عملے کا پن درج کریں</translation>
    </message>
    <message>
        <location filename="../../kiosk/session/pin_pad.py" line="199" />
        <source>No staff PIN is set on this machine. Set one with “kiosk set-pin”.</source>
        <translation>اس مشین پر عملے کا کوئی پن مقرر نہیں۔ “kiosk set-pin” سے مقرر کریں۔</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <location filename="../../kiosk/ui/widgets/qr_code.py" line="133" />
        <source>Scan to read the original</source>
        <translation>اصل متن پڑھنے کے لیے اسکین کریں</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <location filename="../../kiosk/ui/formatting.py" line="39" />
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/formatting.py" line="40" />
        <source>Source: %1</source>
        <translation>ماخذ: %1</translation>
    </message>
</context>
<context>
    <name>StaffMenuPage</name>
    <message>
        <location filename="../../kiosk/session/pin_pad.py" line="317" />
        <source>Staff menu</source>
        <translation>عملے کا مینو</translation>
    </message>
    <message>
        <location filename="../../kiosk/session/pin_pad.py" line="319" />
        <source>Exit the kiosk</source>
        <translation>کیوسک بند کریں</translation>
    </message>
    <message>
        <location filename="../../kiosk/session/pin_pad.py" line="320" />
        <source>Reload the content</source>
        <translation>مواد دوبارہ لوڈ کریں</translation>
    </message>
    <message>
        <location filename="../../kiosk/session/pin_pad.py" line="321" />
        <source>Back to the kiosk</source>
        <translation>کیوسک پر واپس جائیں</translation>
    </message>
</context>
<context>
    <name>StoryCard</name>
    <message>
        <location filename="../../kiosk/ui/widgets/story_card.py" line="228" />
        <source>%1 of %2</source>
        <translation>%2 میں سے %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/story_card.py" line="424" />
        <source>Previous event</source>
        <translation>پچھلا واقعہ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/story_card.py" line="425" />
        <source>Next event</source>
        <translation>اگلا واقعہ</translation>
    </message>
</context>
</TS>