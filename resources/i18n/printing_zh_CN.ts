<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CallListOptions</name>
    <message>
        <source>Print call list</source>
        <translation>打印回访名单</translation>
    </message>
    <message>
        <source>Whole shop</source>
        <translation>全店</translation>
    </message>
    <message>
        <source>Hide the middle of phone numbers (138****5678)</source>
        <translation>隐藏手机号中间四位（138****5678）</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>业务员</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Pages: {count}</source>
        <translation>共 {count} 页</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>整页显示</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>No printer is installed on this computer. Add one in the system&apos;s printer settings, or save the PDF and print it from another computer.</source>
        <translation>这台电脑没有安装打印机。请先在系统的打印机设置中添加一台，或者把 PDF 保存下来，到另一台电脑上打印。</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is switched on and connected, or save the PDF and print it from another program.</source>
        <translation>无法启动打印机。请检查打印机是否已开机并连接好，或先保存为 PDF 再用其他程序打印。</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be saved to {path}: {reason}. Is it open in another program?</source>
        <translation>无法将 PDF 保存到 {path}：{reason}。该文件是否正在被其他程序打开？</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>No Chinese font could be loaded for the PDF. Install a Chinese TrueType font (for example WenQuanYi Micro Hei) or choose one in Settings.</source>
        <translation>无法为 PDF 加载中文字体。请安装一种中文 TrueType 字体（例如文泉驿微米黑），或在“设置”中选择字体。</translation>
    </message>
    <message>
        <source>The PDF font chosen in Settings cannot be used ({file}); {used} was used instead.</source>
        <translation>“设置”中选择的 PDF 字体无法使用（{file}），已改用 {used}。</translation>
    </message>
    <message>
        <source>No Chinese TrueType font was found; the PDF uses a built-in font that is not embedded and may show blanks on other computers. Choose a font in Settings.</source>
        <translation>未找到中文 TrueType 字体；PDF 使用了未嵌入的内置字体，在其他电脑上可能显示为空白。请在“设置”中选择字体。</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>已冻结</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已注销</translation>
    </message>
    <message>
        <source>There is no customer with number {id}.</source>
        <translation>没有编号为 {id} 的客户。</translation>
    </message>
    <message>
        <source>Give a customer number or a phone number, not &quot;{text}&quot;.</source>
        <translation>请输入客户编号或手机号，而不是“{text}”。</translation>
    </message>
    <message>
        <source>No customer has the phone number {phone}.</source>
        <translation>没有手机号为 {phone} 的客户。</translation>
    </message>
    <message>
        <source>There is no salesperson called {name}.</source>
        <translation>没有名叫 {name} 的业务员。</translation>
    </message>
    <message>
        <source>lunar</source>
        <translation>农历</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>There is no membership card numbered {number}.</source>
        <translation>没有卡号为 {number} 的会员卡。</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Car and plate</source>
        <translation>车辆 / 车牌</translation>
    </message>
    <message>
        <source>Why call</source>
        <translation>回访原因</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <source>Result (write here)</source>
        <translation>回访结果（手写）</translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation>（已逾期）</translation>
    </message>
    <message>
        <source>Salesperson: {name}</source>
        <translation>业务员：{name}</translation>
    </message>
    <message>
        <source>Whole shop</source>
        <translation>全店</translation>
    </message>
    <message>
        <source>{span} · {who} · {count} customers</source>
        <translation>{span} · {who} · 共 {count} 位客户</translation>
    </message>
    <message>
        <source>Call list</source>
        <translation>回访名单</translation>
    </message>
    <message>
        <source>Nobody to call in this period.</source>
        <translation>这段时间内没有需要回访的客户。</translation>
    </message>
    <message>
        <source>Membership card</source>
        <translation>会员卡</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>卡号</translation>
    </message>
    <message>
        <source>Valid until {date}</source>
        <translation>有效期至 {date}</translation>
    </message>
    <message>
        <source>Shop name not set</source>
        <translation>未设置店名</translation>
    </message>
    <message>
        <source>Tel. {phone}</source>
        <translation>电话 {phone}</translation>
    </message>
    <message>
        <source>Printed {moment}</source>
        <translation>打印时间 {moment}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>上牌日期</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>购车日期</translation>
    </message>
    <message>
        <source>Compulsory ins.</source>
        <translation>交强险到期</translation>
    </message>
    <message>
        <source>Commercial ins.</source>
        <translation>商业险到期</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>年审到期</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>套餐</translation>
    </message>
    <message>
        <source>Uses left</source>
        <translation>剩余次数</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>By</source>
        <translation>跟进人</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>跟进内容</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Second phone</source>
        <translation>备用电话</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>业务员</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>建档日期</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>from {amount}</source>
        <translation>{amount} 起</translation>
    </message>
    <message>
        <source>up to {amount}</source>
        <translation>{amount} 以内</translation>
    </message>
    <message>
        <source>Model wanted</source>
        <translation>意向车型</translation>
    </message>
    <message>
        <source>Body type</source>
        <translation>车身类型</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Trade-in</source>
        <translation>置换车辆</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>购车意向</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>sold or scrapped {date}</source>
        <translation>{date} 已卖出或报废</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>No vehicles on record.</source>
        <translation>暂无车辆记录。</translation>
    </message>
    <message>
        <source>valid until {date}</source>
        <translation>有效期至 {date}</translation>
    </message>
    <message>
        <source>Card {number}</source>
        <translation>卡号 {number}</translation>
    </message>
    <message>
        <source>Stored balance {amount}   Points {points}</source>
        <translation>储值余额 {amount}&#x3000;&#x3000;积分 {points}</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>会员卡</translation>
    </message>
    <message>
        <source>No membership card.</source>
        <translation>暂无会员卡。</translation>
    </message>
    <message>
        <source>Next: {action}</source>
        <translation>下一步：{action}</translation>
    </message>
    <message>
        <source>Follow-up history ({count})</source>
        <translation>跟进记录（{count} 条）</translation>
    </message>
    <message>
        <source>No follow-ups yet.</source>
        <translation>暂无跟进记录。</translation>
    </message>
    <message>
        <source>Upcoming reminders</source>
        <translation>近期提醒</translation>
    </message>
    <message>
        <source>Nothing due.</source>
        <translation>近期没有到期事项。</translation>
    </message>
    <message>
        <source>Customer profile</source>
        <translation>客户档案</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>PDF preview needs the PySide6-Pdf package. Use `dealerdesk print` to make the PDF instead.</source>
        <translation>PDF 预览需要安装 PySide6-Pdf 组件。可改用 `dealerdesk print` 命令生成 PDF。</translation>
    </message>
    <message>
        <source>The document could not be made: {reason}</source>
        <translation>无法生成文档：{reason}</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>正在生成文档…</translation>
    </message>
</context>
<context>
    <name>PrintingSettingsPage</name>
    <message>
        <source>Printing</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Choose a font file…</source>
        <translation>选择字体文件…</translation>
    </message>
    <message>
        <source>PDF font</source>
        <translation>PDF 字体</translation>
    </message>
    <message>
        <source>Chinese text in printed documents uses this font, embedded in each PDF so that it opens correctly on any computer.</source>
        <translation>打印文档中的中文使用此字体，并嵌入到每个 PDF 中，在任何电脑上都能正常显示。</translation>
    </message>
    <message>
        <source>Automatic (recommended)</source>
        <translation>自动选择（推荐）</translation>
    </message>
    <message>
        <source>In use: {file}</source>
        <translation>当前使用：{file}</translation>
    </message>
    <message>
        <source>Choose a font file</source>
        <translation>选择字体文件</translation>
    </message>
    <message>
        <source>TrueType fonts (*.ttf *.ttc)</source>
        <translation>TrueType 字体 (*.ttf *.ttc)</translation>
    </message>
</context>
</TS>
