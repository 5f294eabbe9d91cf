<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccessPanel</name>
    <message>
        <location filename="../../kiosk/ui/widgets/access_panel.py" line="164" />
        <source>Easier to read</source>
        <translation>更易阅读</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/access_panel.py" line="165" />
        <location filename="../../kiosk/ui/widgets/access_panel.py" line="166" />
        <source>Large text</source>
        <translation>大字体</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/access_panel.py" line="167" />
        <location filename="../../kiosk/ui/widgets/access_panel.py" line="168" />
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/access_panel.py" line="169" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/access_panel.py" line="170" />
        <source>Accessibility</source>
        <translation>无障碍</translation>
    </message>
</context>
<context>
    <name>ClimateChart</name>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_chart.py" line="122" />
        <source>%1: high %2, low %3, rain %4</source>
        <translation>%1：最高 %2，最低 %3，降水 %4</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_chart.py" line="140" />
        <source>mm</source>
        <translation>毫米</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_chart.py" line="277" />
        <source>Monthly climate chart</source>
        <translation>逐月气候图</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_chart.py" line="279" />
        <source>Use the arrow keys to hear each month's figures.</source>
        <translation>使用方向键逐月收听各项数据。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_chart.py" line="298" />
        <source>Temperature (°F)</source>
        <translation>气温（°F）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_chart.py" line="298" />
        <source>Temperature (°C)</source>
        <translation>气温（°C）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_chart.py" line="311" />
        <source>Rain (mm)</source>
        <translation>降水（毫米）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_chart.py" line="319" />
        <source>Band: average daily high and low</source>
        <translation>色带：日平均最高与最低气温</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_chart.py" line="320" />
        <source>Bars: rain in the month</source>
        <translation>柱：当月降水量</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_chart.py" line="230" />
        <source>Tap a month to see its figures</source>
        <translation>点击月份查看数据</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_chart.py" line="329" />
        <source>High %1</source>
        <translation>最高 %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_chart.py" line="330" />
        <source>Low %1</source>
        <translation>最低 %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_chart.py" line="331" />
        <source>Rain %1</source>
        <translation>降水 %1</translation>
    </message>
</context>
<context>
    <name>ClimateStoryCard</name>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_story_card.py" line="82" />
        <source>%1 beside %2</source>
        <translation>%1与%2对比</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_story_card.py" line="90" />
        <source>Worked out from the monthly figures in the chart; sources under it.</source>
        <translation>根据图中的逐月数据得出；数据来源列于图下。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_story_card.py" line="100" />
        <source>In %1 %2 is about %3 colder than %4.</source>
        <translation>%1，%2的气温比%4低约%3。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_story_card.py" line="102" />
        <source>In %1 %2 is about %3 warmer than %4.</source>
        <translation>%1，%2的气温比%4高约%3。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_story_card.py" line="111" />
        <source>In %1 the two cities are about as warm as each other.</source>
        <translation>%1，两座城市的气温大致相当。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_story_card.py" line="114" />
        <source>The two cities are closest in %1, when %2 is about %3 colder.</source>
        <translation>两座城市的气温在%1最为接近，此时%2低约%3。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_story_card.py" line="116" />
        <source>The two cities are closest in %1, when %2 is about %3 warmer.</source>
        <translation>两座城市的气温在%1最为接近，此时%2高约%3。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_story_card.py" line="126" />
        <source>Both cities get most of their rain in %1.</source>
        <translation>两座城市的降水大多集中在%1。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_story_card.py" line="127" />
        <source>Both cities get the most rain in %1.</source>
        <translation>两座城市降水最多的月份都是%1。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_story_card.py" line="128" />
        <source>%1 gets the most rain in %2, %3 in %4.</source>
        <translation>%1降水最多的月份是%2，%3则是%4。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_story_card.py" line="148" />
        <source>In a year %1 gets %2 of rain and %3 gets %4.</source>
        <translation>全年降水量：%1为%2，%3为%4。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_story_card.py" line="150" />
        <source>In a year %1 gets %2 of rain and %3 gets %4, about %5 times as much.</source>
        <translation>全年降水量：%1为%2，%3为%4，约为前者的%5倍。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_story_card.py" line="167" />
        <source>%1 and %2</source>
        <translation>%1和%2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_story_card.py" line="179" />
        <source>mm</source>
        <translation>毫米</translation>
    </message>
</context>
<context>
    <name>ClimateTable</name>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_table.py" line="160" />
        <source>Monthly climate figures</source>
        <translation>逐月气候数据</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_table.py" line="162" />
        <source>Average daily high and low temperature and rain for each month.</source>
        <translation>每月的日平均最高、最低气温和降水量。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_table.py" line="180" />
        <source>%1
high (%2)</source>
        <translation>%1
最高（%2）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_table.py" line="181" />
        <source>%1
low (%2)</source>
        <translation>%1
最低（%2）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_table.py" line="182" />
        <source>%1
rain (mm)</source>
        <translation>%1
降水（毫米）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/climate_table.py" line="197" />
        <source>mm</source>
        <translation>毫米</translation>
    </message>
</context>
<context>
    <name>ClimateView</name>
    <message>
        <location filename="../../kiosk/ui/views/climate_view.py" line="327" />
        <source>%1 rainfall</source>
        <translation>%1降水</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/views/climate_view.py" line="332" />
        <source>Month by month</source>
        <translation>逐月数据</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/views/climate_view.py" line="333" />
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/views/climate_view.py" line="334" />
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/views/climate_view.py" line="335" />
        <source>Show the chart</source>
        <translation>显示图表</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/views/climate_view.py" line="336" />
        <source>Show the table of figures</source>
        <translation>显示数据表</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/views/climate_view.py" line="337" />
        <source>Show degrees Celsius</source>
        <translation>以摄氏度显示</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/views/climate_view.py" line="338" />
        <source>Show degrees Fahrenheit</source>
        <translation>以华氏度显示</translation>
    </message>
</context>
<context>
    <name>CountdownOverlay</name>
    <message>
        <location filename="../../kiosk/session/countdown_overlay.py" line="119" />
        <source>Still there?</source>
        <translation>还在吗？</translation>
    </message>
    <message>
        <location filename="../../kiosk/session/countdown_overlay.py" line="120" />
        <source>Touch anywhere to keep exploring.</source>
        <translation>轻触屏幕任意位置继续浏览。</translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message numerus="yes">
        <location filename="../../kiosk/session/countdown_overlay.py" line="142" />
        <source>Starting over in %n second(s)</source>
        <translation>
            <numerusform>%n 秒后重新开始</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FactTile</name>
    <message>
        <location filename="../../kiosk/ui/widgets/fact_tile.py" line="89" />
        <source>Press to show the source</source>
        <translation>按下可查看出处</translation>
    </message>
</context>
<context>
    <name>IndustryDetail</name>
    <message>
        <location filename="../../kiosk/ui/widgets/industry_detail.py" line="191" />
        <source>%1 of %2</source>
        <translation>第 %1 项，共 %2 项</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/industry_detail.py" line="194" />
        <source>Previous: %1</source>
        <translation>上一个：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/industry_detail.py" line="195" />
        <source>Next: %1</source>
        <translation>下一个：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/industry_detail.py" line="322" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>KioskSession</name>
    <message>
        <location filename="../../kiosk/session/kiosk_session.py" line="221" />
        <source>The content was reloaded.</source>
        <translation>内容已重新加载。</translation>
    </message>
    <message>
        <location filename="../../kiosk/session/kiosk_session.py" line="229" />
        <source>The new content has problems, so the current content stays. See the log.</source>
        <translation>新内容有问题，继续使用当前内容。详情见日志。</translation>
    </message>
    <message>
        <location filename="../../kiosk/session/kiosk_session.py" line="233" />
        <source>The content has not changed.</source>
        <translation>内容没有变化。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="84" />
        <location filename="../../kiosk/ui/main_window.py" line="270" />
        <source>Sister-City Kiosk</source>
        <translation>友好城市信息屏</translation>
    </message>
</context>
<context>
    <name>MapWidget</name>
    <message>
        <location filename="../../kiosk/ui/widgets/map_widget.py" line="200" />
        <source>Pakistan</source>
        <translation>巴基斯坦</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/map_widget.py" line="200" />
        <source>China</source>
        <translation>中国</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/map_widget.py" line="179" />
        <source>Arabian Sea</source>
        <translation>阿拉伯海</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/map_widget.py" line="183" />
        <location filename="../../kiosk/ui/widgets/map_widget.py" line="212" />
        <source>%1 km</source>
        <translation>%1 公里</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/map_widget.py" line="224" />
        <source>Same time as %1</source>
        <translation>与%1时间相同</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/map_widget.py" line="227" />
        <source>%1 is %2 h %3 min ahead</source>
        <translation>%1时间快 %2 小时 %3 分钟</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/map_widget.py" line="227" />
        <source>%1 is %2 h %3 min behind</source>
        <translation>%1时间慢 %2 小时 %3 分钟</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/map_widget.py" line="230" />
        <source>%1 is 1 hour ahead</source>
        <translation>%1时间快 1 小时</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/map_widget.py" line="230" />
        <source>%1 is 1 hour behind</source>
        <translation>%1时间慢 1 小时</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/map_widget.py" line="232" />
        <source>%1 is %2 hours ahead</source>
        <translation>%1时间快 %2 小时</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/map_widget.py" line="232" />
        <source>%1 is %2 hours behind</source>
        <translation>%1时间慢 %2 小时</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/map_widget.py" line="245" />
        <source>Map of %1 and %2</source>
        <translation>%1和%2地图</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <location filename="../../kiosk/ui/widgets/nav_bar.py" line="218" />
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/nav_bar.py" line="219" />
        <source>Climate</source>
        <translation>气候</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/nav_bar.py" line="220" />
        <source>Industries</source>
        <translation>产业</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/nav_bar.py" line="221" />
        <source>Timeline</source>
        <translation>交往历程</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/nav_bar.py" line="226" />
        <source>Accessibility</source>
        <translation>无障碍</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/nav_bar.py" line="227" />
        <source>Large text and high contrast</source>
        <translation>大字体和高对比度</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/nav_bar.py" line="228" />
        <source>Navigation</source>
        <translation>导航</translation>
    </message>
</context>
<context>
    <name>NightCurtain</name>
    <message>
        <location filename="../../kiosk/session/night_curtain.py" line="44" />
        <source>Closed. Touch the screen to wake it.</source>
        <translation>现已闭馆。轻触屏幕即可唤醒。</translation>
    </message>
</context>
<context>
    <name>PinDots</name>
    <message numerus="yes">
        <location filename="../../kiosk/session/pin_pad.py" line="340" />
        <source>%n digit(s) entered</source>
        <translation>
            <numerusform>已输入 %n 位</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinEntryPage</name>
    <message>
        <location filename="../../kiosk/session/pin_pad.py" line="282" />
        <source>Staff access</source>
        <translation>工作人员入口</translation>
    </message>
    <message>
        <location filename="../../kiosk/session/pin_pad.py" line="283" />
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../kiosk/session/pin_pad.py" line="284" />
        <source>Confirm the PIN</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <location filename="../../kiosk/session/pin_pad.py" line="285" />
        <source>Delete the last digit</source>
        <translation>删除最后一位</translation>
    </message>
    <message>
        <location filename="../../kiosk/session/pin_pad.py" line="286" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message numerus="yes">
        <location filename="../../kiosk/session/pin_pad.py" line="188" />
        <source>Wrong PIN. Try again in %n second(s).</source>
        <translation>
            <numerusform>密码错误。请 %n 秒后重试。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/session/pin_pad.py" line="191" />
        <source>Enter the staff PIN</source>
        <translation>请输入工作人员密码</translation>
    </message>
    <message>
        <location filename="../../kiosk/session/pin_pad.py" line="199" />
        <source>No staff PIN is set on this machine. Set one with “kiosk set-pin”.</source>
        <translation>本机尚未设置工作人员密码。请用“kiosk set-pin”设置。</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <location filename="../../kiosk/ui/widgets/qr_code.py" line="133" />
        <source>Scan to read the original</source>
        <translation>扫码阅读原文</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <location filename="../../kiosk/ui/formatting.py" line="39" />
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/formatting.py" line="40" />
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
</context>
<context>
    <name>StaffMenuPage</name>
    <message>
        <location filename="../../kiosk/session/pin_pad.py" line="317" />
        <source>Staff menu</source>
        <translation>工作人员菜单</translation>
    </message>
    <message>
        <location filename="../../kiosk/session/pin_pad.py" line="319" />
        <source>Exit the kiosk</source>
        <translation>退出信息屏</translation>
    </message>
    <message>
        <location filename="../../kiosk/session/pin_pad.py" line="320" />
        <source>Reload the content</source>
        <translation>重新加载内容</translation>
    </message>
    <message>
        <location filename="../../kiosk/session/pin_pad.py" line="321" />
        <source>Back to the kiosk</source>
        <translation>返回信息屏</translation>
    </message>
</context>
<context>
    <name>StoryCard</name>
    <message>
        <location filename="../../kiosk/ui/widgets/story_card.py" line="228" />
        <source>%1 of %2</source>
        <translation>第 %1 项，共 %2 项</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/story_card.py" line="424" />
        <source>Previous event</source>
        <translation>上一事件</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/story_card.py" line="425" />
        <source>Next event</source>
        <translation>下一事件</translation>
    </message>
</context>
</TS>