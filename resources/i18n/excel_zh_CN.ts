<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>DryRunPage</name>
    <message>
        <source>Check before importing</source>
        <translation>导入前核对</translation>
    </message>
    <message>
        <source>Nothing has been written yet. These are the counts for the whole file.</source>
        <translation>还没有写入任何数据。以下是整个文件的统计。</translation>
    </message>
    <message>
        <source>Customers already stored (same phone, or same plate):</source>
        <translation>系统里已有的客户（手机号相同，或车牌相同）：</translation>
    </message>
    <message>
        <source>Leave them as they are</source>
        <translation>保持不变，跳过</translation>
    </message>
    <message>
        <source>Fill in only their empty fields</source>
        <translation>只补充空白的信息</translation>
    </message>
    <message>
        <source>Overwrite them with the file's values</source>
        <translation>用表格里的内容覆盖</translation>
    </message>
    <message>
        <source>Merge: fill empty fields, add notes and tags</source>
        <translation>合并：补充空白信息，追加备注和标签</translation>
    </message>
    <message>
        <source>Rows that will not be imported, and rows to check:</source>
        <translation>不能导入的行，以及需要核对的行：</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Reading the whole file…</source>
        <translation>正在读取整个文件…</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Imported, but check: {}</source>
        <translation>会导入，但请核对：{}</translation>
    </message>
    <message>
        <source>Imported, but cut: {}</source>
        <translation>会导入，但已截断：{}</translation>
    </message>
    <message>
        <source>{n} long texts will be cut to the most a spreadsheet cell holds; their rows are listed below.</source>
        <translation>有 {n} 段长文本会被截断到表格单元格的上限；所在的行列在下方。</translation>
    </message>
    <message>
        <source>Rows read: {rows}. New service visits: {new}. Visits already stored (same car, day, kind and amount): {already}. Repeated rows of the same visit: {duplicates}. Rows that cannot be imported: {rejected}. Total lines left out: {ignored}. Visits from a sheet are taken as paid at the desk.</source>
        <translation>读取行数：{rows}。新增到店消费：{new}。已有的消费记录（同一车辆、日期、类型和金额）：{already}。同一消费的重复行：{duplicates}。无法导入的行：{rejected}。略过的合计行：{ignored}。表格导入的消费一律按现场付款记录。</translation>
    </message>
    <message>
        <source>Rows read: {rows}. New customers: {new}. Customers already stored that will be updated: {updated}; left as they are: {skipped}. Repeated rows of the same customer (combined): {duplicates}. Rows that cannot be imported: {rejected}. Total lines left out: {ignored}.</source>
        <translation>共读取 {rows} 行。新增客户 {new} 位；已有客户将更新 {updated} 位，保持不变 {skipped} 位；同一客户的重复行（已合并）{duplicates} 行；无法导入 {rejected} 行；略过的合计行 {ignored} 行。</translation>
    </message>
    <message>
        <source>Rows imported with a warning: {warnings}.</source>
        <translation>导入但需核对的行：{warnings}。</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机</translation>
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
        <source>Address</source>
        <translation>地址</translation>
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
        <source>Wanted model</source>
        <translation>意向车型</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Same phone</source>
        <translation>手机号相同</translation>
    </message>
    <message>
        <source>Same plate</source>
        <translation>车牌相同</translation>
    </message>
    <message>
        <source>Same name, similar phone</source>
        <translation>姓名同音，手机号相近</translation>
    </message>
    <message>
        <source>Choose two different customers.</source>
        <translation>请选择两个不同的客户。</translation>
    </message>
    <message>
        <source>One of these customers is in the recycle bin.</source>
        <translation>其中一个客户在回收站里。</translation>
    </message>
    <message>
        <source>This merge was already undone.</source>
        <translation>这次合并已经撤销过了。</translation>
    </message>
    <message>
        <source>{name} was changed after the merge; undoing it would also undo those changes.</source>
        <translation>{name} 在合并之后又被修改过；撤销合并会把这些修改也一起撤销。</translation>
    </message>
</context>
<context>
    <name>DuplicatesView</name>
    <message>
        <source>Look again</source>
        <translation>重新查找</translation>
    </message>
    <message>
        <source>Compare and merge…</source>
        <translation>对比并合并…</translation>
    </message>
    <message>
        <source>Undo last merge</source>
        <translation>撤销上次合并</translation>
    </message>
    <message>
        <source>One customer</source>
        <translation>客户一</translation>
    </message>
    <message>
        <source>The other</source>
        <translation>客户二</translation>
    </message>
    <message>
        <source>Why alike</source>
        <translation>相似原因</translation>
    </message>
    <message>
        <source>{} possible duplicates</source>
        <translation>发现 {} 组可能重复的客户</translation>
    </message>
    <message>
        <source>No possible duplicates found.</source>
        <translation>没有发现可能重复的客户。</translation>
    </message>
    <message>
        <source>Undo anyway?</source>
        <translation>仍然撤销吗？</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>撤销合并</translation>
    </message>
</context>
<context>
    <name>ExcelCells</name>
    <message>
        <source>This cell is a formula without a saved result: open and save the file in Excel or WPS first</source>
        <translation>这个单元格是公式，但没有保存计算结果：请先用 Excel 或 WPS 打开并保存一次文件</translation>
    </message>
    <message>
        <source>The number {} has more than 15 digits, so Excel has already replaced its last digits by zeros: format the column as text and type it again</source>
        <translation>数字 {} 超过 15 位，Excel 已把最后几位变成了 0：请把这一列设为文本格式后重新输入</translation>
    </message>
    <message>
        <source>This is not a whole number</source>
        <translation>这不是整数</translation>
    </message>
    <message>
        <source>This is not an amount of money</source>
        <translation>这不是金额</translation>
    </message>
    <message>
        <source>Write the gender as 男 or 女</source>
        <translation>性别请填“男”或“女”</translation>
    </message>
    <message>
        <source>Unknown status: use 潜在, 跟进中, 已到店, 已成交, 战败 or 休眠</source>
        <translation>状态无法识别：请填 潜在、跟进中、已到店、已成交、战败 或 休眠</translation>
    </message>
    <message>
        <source>Unknown level {}: use one of {}</source>
        <translation>级别 {} 无法识别：请填 {} 之一</translation>
    </message>
</context>
<context>
    <name>ExcelColumns</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机</translation>
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
        <source>Lunar birthday</source>
        <translation>农历生日</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
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
        <source>Wanted model</source>
        <translation>意向车型</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>车型</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>车架号</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>上牌日期</translation>
    </message>
    <message>
        <source>Deal date</source>
        <translation>成交日期</translation>
    </message>
    <message>
        <source>Deal price (yuan)</source>
        <translation>成交价（元）</translation>
    </message>
    <message>
        <source>Mileage (km)</source>
        <translation>里程（公里）</translation>
    </message>
    <message>
        <source>Compulsory insurance expires</source>
        <translation>交强险到期</translation>
    </message>
    <message>
        <source>Commercial insurance expires</source>
        <translation>商业险到期</translation>
    </message>
    <message>
        <source>Inspection due</source>
        <translation>年审到期</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进情况</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>跟进日期</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>卡号</translation>
    </message>
    <message>
        <source>Card level</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>开卡日期</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <source>Card status</source>
        <translation>卡状态</translation>
    </message>
    <message>
        <source>Balance (yuan)</source>
        <translation>储值余额（元）</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>储值变动（元）</translation>
    </message>
    <message>
        <source>Paid (yuan)</source>
        <translation>实收（元）</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Balance after (yuan)</source>
        <translation>余额（元）</translation>
    </message>
    <message>
        <source>Points after</source>
        <translation>积分余额</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>到店日期</translation>
    </message>
    <message>
        <source>Kind of visit</source>
        <translation>消费类型</translation>
    </message>
    <message>
        <source>Visit amount (yuan)</source>
        <translation>消费金额（元）</translation>
    </message>
</context>
<context>
    <name>ExcelFiles</name>
    <message>
        <source>Cannot write into {folder}: {why}</source>
        <translation>无法写入 {folder}：{why}</translation>
    </message>
    <message>
        <source>{name} is open in Excel or another program: close it there and try again.</source>
        <translation>{name} 正在被 Excel 或其他程序打开：请先关闭它再试一次。</translation>
    </message>
    <message>
        <source>{shop}, exported {date}</source>
        <translation>{shop}，导出于 {date}</translation>
    </message>
</context>
<context>
    <name>ExcelMapping</name>
    <message>
        <source>Column {column} ({header}) fills {field} like column {first}: only column {first} is imported. Choose another field for it, or leave it out.</source>
        <translation>第 {column} 列（{header}）与第 {first} 列都对应“{field}”：只导入第 {first} 列。请为它选择其他字段，或不导入。</translation>
    </message>
    <message>
        <source>Row {row}, column {column} ({header}): {chars} characters, cut to the first {kept} (the most a spreadsheet cell holds).</source>
        <translation>第 {row} 行第 {column} 列（{header}）：共 {chars} 个字符，只保留前 {kept} 个（表格单元格的上限）。</translation>
    </message>
    <message>
        <source>{field}: {chars} characters, far more than this field can hold.</source>
        <translation>{field}：共 {chars} 个字符，远超此字段的容量。</translation>
    </message>
</context>
<context>
    <name>ExcelReader</name>
    <message>
        <source>{name} is an old .xls file: open it in Excel or WPS and save it as .xlsx (Excel workbook) first.</source>
        <translation>{name} 是旧版 .xls 文件：请先用 Excel 或 WPS 打开，另存为 .xlsx（Excel 工作簿）再导入。</translation>
    </message>
    <message>
        <source>{name} is not an Excel workbook (.xlsx) or a CSV file.</source>
        <translation>{name} 不是 Excel 工作簿（.xlsx）或 CSV 文件。</translation>
    </message>
    <message>
        <source>{name} does not exist.</source>
        <translation>找不到文件 {name}。</translation>
    </message>
    <message>
        <source>{name} cannot be opened: {why}</source>
        <translation>无法打开 {name}：{why}</translation>
    </message>
    <message>
        <source>{name} is protected by a password (or is an old .xls file renamed): remove the password in Excel or WPS and save it as .xlsx first.</source>
        <translation>{name} 设置了密码（或是改了扩展名的旧 .xls 文件）：请先在 Excel 或 WPS 中取消密码，并另存为 .xlsx。</translation>
    </message>
    <message>
        <source>{name} is not an Excel workbook: it may be damaged, or another kind of file with an .xlsx name.</source>
        <translation>{name} 不是 Excel 工作簿：文件可能已损坏，或是其他类型的文件改成了 .xlsx。</translation>
    </message>
    <message>
        <source>This file holds a single cell of {mb} MB of text, far beyond Excel's own limit of 32,767 characters a cell: it was not made by Excel or WPS, or it is damaged. Nothing was read.</source>
        <translation>此文件有一个单元格含 {mb} MB 文字，远超 Excel 每格 32,767 个字符的上限：它不是由 Excel 或 WPS 生成，或已损坏。未读取任何内容。</translation>
    </message>
    <message>
        <source>{name} is open in Excel or another program: close it there and try again.</source>
        <translation>{name} 正在被 Excel 或其他程序打开：请先关闭它再试一次。</translation>
    </message>
    <message>
        <source>{name} is not an Excel workbook or is damaged ({why}).</source>
        <translation>{name} 不是 Excel 工作簿，或文件已损坏（{why}）。</translation>
    </message>
    <message>
        <source>{name} cannot be read safely ({why}).</source>
        <translation>{name} 无法安全读取（{why}）。</translation>
    </message>
    <message>
        <source>The workbook has no sheet called {sheet}.</source>
        <translation>工作簿里没有名为 {sheet} 的工作表。</translation>
    </message>
    <message>
        <source>This sheet holds {mb} MB of data, more than DealerDesk can import at once (200 MB): split it into smaller files.</source>
        <translation>这个工作表有 {mb} MB 数据，超过一次能导入的上限（200 MB）：请拆分成几个小文件。</translation>
    </message>
    <message>
        <source>This sheet has {rows} rows, more than DealerDesk imports at once (200,000): split it into smaller files.</source>
        <translation>这个工作表有 {rows} 行，超过一次能导入的上限（20 万行）：请拆分成几个小文件。</translation>
    </message>
    <message>
        <source>This file holds {mb} MB of data, more than DealerDesk can import at once (200 MB): split it into smaller files.</source>
        <translation>这个文件有 {mb} MB 数据，超过一次能导入的上限（200 MB）：请拆分成几个小文件。</translation>
    </message>
    <message>
        <source>Line {line} of this CSV file is neither UTF-8 nor GBK text; nothing was read. Save the file again as CSV (UTF-8).</source>
        <translation>此 CSV 文件第 {line} 行既不是 UTF-8 也不是 GBK 文字；未读取任何内容。请重新另存为 CSV (UTF-8)。</translation>
    </message>
    <message>
        <source>This file looks like UTF-16 text but line {line} cannot be read as such; nothing was read. Save the file again as CSV (UTF-8).</source>
        <translation>此文件看似 UTF-16 文字，但第 {line} 行无法按此读取；未读取任何内容。请重新另存为 CSV (UTF-8)。</translation>
    </message>
    <message>
        <source>The sheet has no row {row}.</source>
        <translation>工作表没有第 {row} 行。</translation>
    </message>
    <message>
        <source>(column {})</source>
        <translation>（{} 列）</translation>
    </message>
</context>
<context>
    <name>ExcelRows</name>
    <message>
        <source>Too long: at most {} characters.</source>
        <translation>过长：最多 {} 个字符。</translation>
    </message>
    <message>
        <source>Other phones: {}</source>
        <translation>其他电话：{}</translation>
    </message>
    <message>
        <source>The name is too long (at most 50 characters).</source>
        <translation>姓名太长（最多 50 个字）。</translation>
    </message>
    <message>
        <source>Birthday: please check the year of birth.</source>
        <translation>生日：请检查出生年份。</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员卡</translation>
    </message>
    <message>
        <source>Membership ledger</source>
        <translation>会员流水</translation>
    </message>
    <message>
        <source>Rows not imported</source>
        <translation>未导入的行</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to Excel</source>
        <translation>导出到 Excel</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <source>Membership cards</source>
        <translation>会员卡</translation>
    </message>
    <message>
        <source>Membership ledger</source>
        <translation>会员流水</translation>
    </message>
    <message>
        <source>The current filtered list</source>
        <translation>当前筛选出的客户</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>导出内容：</translation>
    </message>
    <message>
        <source>Customers:</source>
        <translation>客户范围：</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>保存为：</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>{rows} rows saved in {path}</source>
        <translation>已导出 {rows} 行，保存在 {path}</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>已取消：没有生成文件。</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx) or a CSV file (UTF-8 or GBK). An old .xls file must first be saved as .xlsx in Excel or WPS.</source>
        <translation>支持 Excel 工作簿（.xlsx）和 CSV 文件（UTF-8 或 GBK 编码）。旧版 .xls 文件请先用 Excel 或 WPS 另存为 .xlsx。</translation>
    </message>
    <message>
        <source>Path of the file to import</source>
        <translation>要导入的文件路径</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Save a blank template…</source>
        <translation>下载空白模板…</translation>
    </message>
    <message>
        <source>Tip: the first row that looks like headers is found by itself; titles, blank rows and a total line are fine.</source>
        <translation>提示：程序会自动找到表头所在的行；表格里的标题、空行和合计行都不影响导入。</translation>
    </message>
    <message>
        <source>Customers, with their cars and follow-ups (a customer list)</source>
        <translation>客户，连同车辆和跟进记录（客户名单）</translation>
    </message>
    <message>
        <source>Service visits of customers already stored (a repair sheet: day, plate, kind, amount)</source>
        <translation>已有客户的到店消费（维修单：日期、车牌、类型、金额）</translation>
    </message>
    <message>
        <source>What does the file hold?</source>
        <translation>文件里是什么？</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>导入客户</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>表格文件 (*.xlsx *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Blank template</source>
        <translation>空白模板</translation>
    </message>
    <message>
        <source>customer-template.xlsx</source>
        <translation>客户导入模板.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Choose at least the column with the customer's name or phone.</source>
        <translation>请至少指定客户姓名或手机号所在的列。</translation>
    </message>
    <message>
        <source>Birthday: the birthday cannot be in the future.</source>
        <translation>生日：生日不能晚于今天。</translation>
    </message>
    <message>
        <source>Phone: {phone} already belongs to another customer (no. {id}).</source>
        <translation>手机：{phone} 已属于另一个客户（编号 {id}）。</translation>
    </message>
    <message>
        <source>Name: the customer's name is missing.</source>
        <translation>姓名：没有填写客户姓名。</translation>
    </message>
    <message>
        <source>Phone: a new customer needs a phone number or a WeChat id.</source>
        <translation>手机：新客户至少要有手机号或微信号。</translation>
    </message>
    <message>
        <source>The database refused this import, and nothing was written: {}</source>
        <translation>数据库拒绝了此次导入，未写入任何内容：{}</translation>
    </message>
    <message>
        <source>This import was already undone.</source>
        <translation>这次导入已经撤销过了。</translation>
    </message>
    <message>
        <source>These customers were changed after the import; undoing it would also undo those changes: {}</source>
        <translation>以下客户在导入之后又被修改过，撤销导入会把这些修改也一起撤销：{}</translation>
    </message>
    <message>
        <source>A total line: left out.</source>
        <translation>合计行：已略过。</translation>
    </message>
    <message>
        <source>Some customers of this import now have membership records, which cannot be removed; the import was not undone.</source>
        <translation>这次导入的部分客户已经有了会员记录，无法删除；导入没有撤销。</translation>
    </message>
    <message>
        <source>Row {row} is the same customer (no. {id}) as row {first}: that customer was stored by someone else after the check, and both rows were written into it.</source>
        <translation>第 {row} 行与第 {first} 行是同一位客户（编号 {id}）：这位客户是在检查之后由别人录入的，两行都已写入这位客户。</translation>
    </message>
</context>
<context>
    <name>ImportExportPage</name>
    <message>
        <source>Import and export</source>
        <translation>导入与导出</translation>
    </message>
    <message>
        <source>Save a blank template…</source>
        <translation>下载空白模板…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <source>Undo selected import…</source>
        <translation>撤销选中的导入…</translation>
    </message>
    <message>
        <source>Past imports</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>可能重复的客户</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>从 Excel 导入…</translation>
    </message>
    <message>
        <source>Bring a customer sheet or a repair sheet of service visits across from Excel or WPS (.xlsx or .csv), or export customers, vehicles, follow-ups and members.</source>
        <translation>从 Excel 或 WPS（.xlsx 或 .csv）导入客户表或维修单（到店消费），或导出客户、车辆、跟进记录和会员。</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>未导入</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Undone {}</source>
        <translation>已于 {} 撤销</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Service visits</source>
        <translation>到店消费</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Blank template</source>
        <translation>空白模板</translation>
    </message>
    <message>
        <source>customer-template.xlsx</source>
        <translation>客户导入模板.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>…and {n} more.</source>
        <translation>……另有 {n} 条。</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Blank template</source>
        <translation>空白模板</translation>
    </message>
    <message>
        <source>Remove the service visits this import added?</source>
        <translation>删除这次导入新增的到店消费记录吗？</translation>
    </message>
    <message>
        <source>These customers were changed after the import: {}. Undoing the import also undoes those changes. Undo anyway?</source>
        <translation>以下客户在导入之后又被修改过：{}。撤销导入会把这些修改也一起撤销。仍然撤销吗？</translation>
    </message>
    <message>
        <source>Remove the customers this import created and put back the values it replaced?</source>
        <translation>删除这次导入新增的客户，并恢复被覆盖的原有信息吗？</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <source>Import from Excel</source>
        <translation>从 Excel 导入</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>对应列</translation>
    </message>
    <message>
        <source>Each column of the file is matched by its header; change any match by hand. The preview shows what the first rows become.</source>
        <translation>程序按表头自动对应了每一列，可以手动修改。右边预览前几行导入后的样子。</translation>
    </message>
    <message>
        <source>Guess from each column</source>
        <translation>按每列内容自动判断</translation>
    </message>
    <message>
        <source>Month first (3/5/2024 = 5 March)</source>
        <translation>月在前（3/5/2024 = 3月5日）</translation>
    </message>
    <message>
        <source>Day first (3/5/2024 = 3 May)</source>
        <translation>日在前（3/5/2024 = 5月3日）</translation>
    </message>
    <message>
        <source>Dates like 3/5/2024:</source>
        <translation>3/5/2024 这类日期：</translation>
    </message>
    <message>
        <source>(do not import)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>month/day/year</source>
        <translation>月/日/年</translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translation>日/月/年</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>手动选择</translation>
    </message>
    <message>
        <source>guessed</source>
        <translation>自动判断</translation>
    </message>
    <message>
        <source>Dates with the year last are read as: {}</source>
        <translation>年份在最后的日期按以下顺序读取：{}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge two customers</source>
        <translation>合并两个客户</translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation>保留这个客户</translation>
    </message>
    <message>
        <source>Vehicles, follow-ups, membership cards with their ledger, revisits and reminders of the other customer move to the one kept; the other goes to the recycle bin. The merge can be undone.</source>
        <translation>另一个客户的车辆、跟进记录、会员卡及其流水、回访和提醒都会转到保留的客户名下；另一个客户移入回收站。合并之后可以撤销。</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Why they look alike: {}</source>
        <translation>判断为重复的原因：{}</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>Open error workbook</source>
        <translation>打开错误表</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>撤销这次导入</translation>
    </message>
    <message>
        <source>New service visits: {new}; already stored: {already}. Rows not imported: {rejected}.</source>
        <translation>新增到店消费：{new}；已有：{already}。未导入的行：{rejected}。</translation>
    </message>
    <message>
        <source>The error workbook lists them with the reason, so you can fix them and import it again.</source>
        <translation>错误工作簿列出了这些行及原因，改好后可以再次导入。</translation>
    </message>
    <message>
        <source>New customers: {new}; updated: {updated}. Rows not imported: {rejected}; the error workbook lists them with the reason, so you can fix them and import it again.</source>
        <translation>新增客户 {new} 位，更新 {updated} 位。未导入 {rejected} 行：错误表格列出了每行的原因，改正后可以再次导入。</translation>
    </message>
    <message>
        <source>New customers: {new}; updated: {updated}. Every row was imported.</source>
        <translation>新增客户 {new} 位，更新 {updated} 位。所有行都已导入。</translation>
    </message>
    <message>
        <source>Rows that turned out to be the same customer as an earlier row, because someone else stored that customer meanwhile: {duplicate_rows}. Check them:</source>
        <translation>因为别人在此期间录入了同一位客户，与前面某行成了同一位客户的行：{duplicate_rows} 行。请核对：</translation>
    </message>
    <message>
        <source>-not-imported</source>
        <translation>-未导入</translation>
    </message>
    <message>
        <source>Saved as {}</source>
        <translation>已保存为 {}</translation>
    </message>
    <message>
        <source>The import was undone.</source>
        <translation>这次导入已撤销。</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>Everything is written in one step: cancelling leaves the customer list as it was.</source>
        <translation>所有数据一次性写入：中途取消，客户资料保持原样。</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <source>Everything is written in one step: cancelling leaves the service visits as they were.</source>
        <translation>所有数据一次性写入：中途取消，到店消费记录保持原样。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>已取消：没有导入任何数据。</translation>
    </message>
    <message>
        <source>The import failed and nothing was written: {}</source>
        <translation>导入失败，没有写入任何数据：{}</translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <source>Sheet and header row</source>
        <translation>工作表和表头</translation>
    </message>
    <message>
        <source>The header row was found automatically; change it if the column names below are wrong.</source>
        <translation>已自动找到表头所在的行；如果下面的列名不对，请修改行号。</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>工作表：</translation>
    </message>
    <message>
        <source>Header row:</source>
        <translation>表头在第几行：</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>列名：</translation>
    </message>
    <message>
        <source>The top of the sheet as it is in the file:</source>
        <translation>文件中工作表开头的样子：</translation>
    </message>
    <message>
        <source>(no columns)</source>
        <translation>（没有列）</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>表头</translation>
    </message>
</context>
<context>
    <name>Value</name>
    <message>
        <source>A visit cannot be dated in the future.</source>
        <translation>到店日期不能晚于今天。</translation>
    </message>
</context>
<context>
    <name>VisitImport</name>
    <message>
        <source>Notes: cut to the first {n} characters.</source>
        <translation>备注：只保留前 {n} 个字。</translation>
    </message>
    <message>
        <source>{field}: the day of the visit is missing.</source>
        <translation>{field}：缺少到店日期。</translation>
    </message>
    <message>
        <source>Choose at least the column with the day of the visit, and the one with the plate or the customer's phone.</source>
        <translation>请至少选出到店日期所在的列，以及车牌或客户手机所在的列。</translation>
    </message>
    <message>
        <source>Plate {plate} is on the cars of several customers: keep it on the one who has the car now (mark the others' cars as sold), then import again.</source>
        <translation>车牌 {plate} 登记在好几位客户的车上：只保留在现在的车主名下（把其他人的这辆车标为已卖出），然后再导入。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Plate {plate} is not on any customer's car: correct the plate, add the car to its customer first, or give the customer's phone.</source>
        <translation>车牌 {plate} 不在任何客户的车辆里：请改正车牌，或先把这辆车添加到车主名下，或填上客户手机。</translation>
    </message>
    <message>
        <source>Neither a plate nor a phone: give the car's plate.</source>
        <translation>既没有车牌也没有手机：请填上车牌。</translation>
    </message>
    <message>
        <source>Plate {plate} is not stored and phone {phone} is no customer's: add the customer and the car first, or correct the row.</source>
        <translation>车牌 {plate} 未登记，手机 {phone} 也不属于任何客户：请先添加客户和车辆，或改正这一行。</translation>
    </message>
    <message>
        <source>Plate {plate} is not stored and phone {phone} belongs to several customers: give the car's plate.</source>
        <translation>车牌 {plate} 未登记，手机 {phone} 属于好几位客户：请填上车牌。</translation>
    </message>
    <message>
        <source>Plate {plate} is not stored and customer no. {id} (phone {phone}) has {n} cars: give the plate of the car, or add it to the customer first.</source>
        <translation>车牌 {plate} 未登记，{id} 号客户（手机 {phone}）有 {n} 辆车：请填上是哪辆车的车牌，或先把车添加到该客户名下。</translation>
    </message>
    <message>
        <source>Plate {plate} is not stored: taken as the only car of the customer with phone {phone}.</source>
        <translation>车牌 {plate} 未登记：已记在手机 {phone} 的客户唯一的车上。</translation>
    </message>
    <message>
        <source>Kind: {words} is not one of the shop's kinds of visit: add it in Settings, or change the cell.</source>
        <translation>类型：“{words}”不在本店的消费类型里：请在设置里添加，或修改这个单元格。</translation>
    </message>
    <message>
        <source>Already stored: {kind} on {day}, {amount}; left out.</source>
        <translation>已有记录：{day} {kind} {amount}；略过。</translation>
    </message>
    <message>
        <source>Same visit as an earlier row ({kind} on {day}, {amount}); left out.</source>
        <translation>与前面某行是同一次消费（{day} {kind} {amount}）；略过。</translation>
    </message>
    <message>
        <source>Mileage: {km} km does not fit the {before} km an earlier row gives for this car on {day}: correct the reading in the sheet.</source>
        <translation>里程：{km} 公里与前面一行记录的这辆车 {day} 的 {before} 公里对不上：请改正表格里的读数。</translation>
    </message>
    <message>
        <source>No import of service visits has the number {n}.</source>
        <translation>没有编号为 {n} 的到店消费导入。</translation>
    </message>
    <message>
        <source>A visit of this import was since paid from a card: change how it was paid on the customer's page first. Nothing was undone.</source>
        <translation>这次导入的某条消费后来改成了会员卡付款：请先在客户页面改回付款方式。没有撤销任何内容。</translation>
    </message>
</context>
</TS>