<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Choices</name>
    <message>
        <source>Lead</source>
        <translation>潜在</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>跟进中</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>已到店</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>已成交</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>战败</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>休眠</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>到店</translation>
    </message>
    <message>
        <source>Phone-in</source>
        <translation>来电</translation>
    </message>
    <message>
        <source>Online platform</source>
        <translation>网络平台</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>转介绍</translation>
    </message>
    <message>
        <source>Returning customer</source>
        <translation>老客户</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>未定</translation>
    </message>
    <message>
        <source>Full payment</source>
        <translation>全款</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>贷款</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Sedan</source>
        <translation>轿车</translation>
    </message>
    <message>
        <source>SUV</source>
        <translation>SUV</translation>
    </message>
    <message>
        <source>MPV</source>
        <translation>MPV</translation>
    </message>
    <message>
        <source>Hatchback</source>
        <translation>两厢车</translation>
    </message>
    <message>
        <source>Pickup</source>
        <translation>皮卡</translation>
    </message>
    <message>
        <source>Sports car</source>
        <translation>跑车</translation>
    </message>
    <message>
        <source>Van</source>
        <translation>面包车</translation>
    </message>
    <message>
        <source>Bought here</source>
        <translation>本店购买</translation>
    </message>
    <message>
        <source>Traded in</source>
        <translation>置换车</translation>
    </message>
    <message>
        <source>Owns</source>
        <translation>自有车辆</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>Shop visit</source>
        <translation>到店面谈</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>上门拜访</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>未接通</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>已沟通</translation>
    </message>
    <message>
        <source>Visit booked</source>
        <translation>已约到店</translation>
    </message>
    <message>
        <source>Test drive</source>
        <translation>已试驾</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>成交</translation>
    </message>
    <message>
        <source>After-sale care</source>
        <translation>售后回访</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Car condition</source>
        <translation>车况</translation>
    </message>
    <message>
        <source>Financing refused</source>
        <translation>贷款未通过</translation>
    </message>
    <message>
        <source>Bought elsewhere</source>
        <translation>已在别家购买</translation>
    </message>
    <message>
        <source>No response</source>
        <translation>联系不上</translation>
    </message>
    <message>
        <source>H: buys within 7 days</source>
        <translation>H：7天内购买</translation>
    </message>
    <message>
        <source>A: buys within 15 days</source>
        <translation>A：15天内购买</translation>
    </message>
    <message>
        <source>B: buys within 30 days</source>
        <translation>B：30天内购买</translation>
    </message>
    <message>
        <source>C: buys within 3 months</source>
        <translation>C：3个月内购买</translation>
    </message>
    <message>
        <source>N: no plan yet</source>
        <translation>N：暂无购车计划</translation>
    </message>
</context>
<context>
    <name>Customers</name>
    <message>
        <source>{name} already has this number. Open their page instead?</source>
        <translation>{name} 已使用这个号码。要打开该客户的资料吗？</translation>
    </message>
    <message>
        <source>Choose male, female or not given.</source>
        <translation>请选择男、女或未填写。</translation>
    </message>
    <message>
        <source>Choose a status from the list.</source>
        <translation>请从列表中选择客户状态。</translation>
    </message>
    <message>
        <source>Choose a source from the list.</source>
        <translation>请从列表中选择客户来源。</translation>
    </message>
    <message>
        <source>Choose a level from the list.</source>
        <translation>请从列表中选择客户级别。</translation>
    </message>
    <message>
        <source>Choose full payment or loan.</source>
        <translation>请选择全款或贷款。</translation>
    </message>
    <message>
        <source>The birthday cannot be in the future.</source>
        <translation>生日不能晚于今天。</translation>
    </message>
    <message>
        <source>Please check the year of birth.</source>
        <translation>请检查出生年份。</translation>
    </message>
    <message>
        <source>Enter the lunar month (1-12) and day (1-30).</source>
        <translation>请输入农历月（1-12）和日（1-30）。</translation>
    </message>
    <message>
        <source>A budget cannot be negative.</source>
        <translation>预算不能为负数。</translation>
    </message>
    <message>
        <source>The lowest budget is higher than the highest.</source>
        <translation>最低预算高于最高预算。</translation>
    </message>
    <message>
        <source>A customer cannot refer themselves.</source>
        <translation>客户不能介绍自己。</translation>
    </message>
    <message>
        <source>The referring customer no longer exists.</source>
        <translation>介绍人已不存在。</translation>
    </message>
    <message>
        <source>Please enter the customer's name.</source>
        <translation>请输入客户姓名。</translation>
    </message>
    <message>
        <source>The name is too long (at most 50 characters).</source>
        <translation>姓名太长了（最多 50 个字）。</translation>
    </message>
    <message>
        <source>Enter at least one way to reach them: a phone or a WeChat id.</source>
        <translation>请至少填写一种联系方式：电话或微信号。</translation>
    </message>
    <message>
        <source>This customer no longer exists.</source>
        <translation>该客户已不存在。</translation>
    </message>
    <message>
        <source>(erased)</source>
        <translation>（已清除）</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>{day} {month_name} {year}</source>
        <translation>{year}-{month:02d}-{day:02d}</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>This database already holds customers or staff; demo data goes into a new file only.</source>
        <translation>此数据库已有客户或员工；演示数据只能放进新文件。</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>{path} is a folder; give a file name instead</source>
        <translation>{path} 是一个文件夹，请改填一个文件名</translation>
    </message>
    <message>
        <source>{path} is not an ordinary file (a device or a pipe); give a file name instead</source>
        <translation>{path} 不是普通文件（是设备或管道），请改填一个文件名</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>{} is not a month and day: write it like 8-15 or 八月十五</source>
        <translation>“{}”不是有效的月日：请写成 8-15 或 八月十五</translation>
    </message>
    <message>
        <source>{} is not a date: a spreadsheet date number is between 1 and 2958465</source>
        <translation>“{}”不是日期：表格中的日期序号应在 1 到 2958465 之间</translation>
    </message>
    <message>
        <source>Spreadsheet day 60 is 29 February 1900, which never existed</source>
        <translation>表格日期序号 60 对应 1900年2月29日，这一天并不存在</translation>
    </message>
    <message>
        <source>{} has a two-digit year: write the year in full, e.g. 2024-03-05</source>
        <translation>“{}”的年份只有两位：请写完整的年份，如 2024-03-05</translation>
    </message>
    <message>
        <source>{} is not a date: write it like 2024-03-05</source>
        <translation>“{}”不是日期：请写成 2024-03-05 这样的格式</translation>
    </message>
    <message>
        <source>{} is not a real date</source>
        <translation>“{}”不是存在的日期</translation>
    </message>
    <message>
        <source>A lunar date has a month from 1 to 12 and a day from 1 to 30</source>
        <translation>农历日期的月份为 1 到 12，日为 1 到 30</translation>
    </message>
    <message>
        <source>Lunar dates can only be used for the years 1900 to 2100</source>
        <translation>农历日期只能用于 1900 至 2100 年</translation>
    </message>
    <message>
        <source>A mobile number has no extension: write the extension in the notes</source>
        <translation>手机号码没有分机号：请把分机号写在备注里</translation>
    </message>
    <message>
        <source>This is not a valid phone number: use only digits, spaces, dashes, brackets and a leading +</source>
        <translation>电话号码无效：只能包含数字、空格、短横线、括号和开头的 +</translation>
    </message>
    <message>
        <source>No mobile numbers start with {prefix} yet: check the number</source>
        <translation>目前没有以 {prefix} 开头的手机号段：请核对号码</translation>
    </message>
    <message>
        <source>This number does not fit the numbering plan of its country: check it</source>
        <translation>这个号码不符合所属国家的编号规则：请核对</translation>
    </message>
    <message>
        <source>This number is not in use in China: check it</source>
        <translation>国内没有这样的号码：请核对</translation>
    </message>
    <message>
        <source>Numbers in area {area} have {digits} digits after the area code, this one has {count}: check it</source>
        <translation>区号 {area} 后面的号码是 {digits} 位，这个号码是 {count} 位：请核对</translation>
    </message>
    <message>
        <source>This number is not in use in area {area}: check it</source>
        <translation>区号 {area} 没有这样的号码：请核对</translation>
    </message>
    <message>
        <source>This is not a valid phone number</source>
        <translation>电话号码无效</translation>
    </message>
    <message>
        <source>This is not a valid phone number: {} is not a whole number</source>
        <translation>电话号码无效：{} 不是整数</translation>
    </message>
    <message>
        <source>This phone number was written in scientific notation ({}) and may have lost digits: type the full number</source>
        <translation>这个电话号码是科学计数法（{}），可能已丢失数字：请输入完整号码</translation>
    </message>
    <message>
        <source>This is not a valid phone number: an international number is + followed by 8 to 15 digits</source>
        <translation>电话号码无效：国际号码为 + 加 8 到 15 位数字</translation>
    </message>
    <message>
        <source>This is not a valid phone number: after +86 should come an 11-digit mobile number or an area code and number</source>
        <translation>电话号码无效：+86 后应为 11 位手机号，或区号加电话号码</translation>
    </message>
    <message>
        <source>This is not a valid phone number: a mobile number has 11 digits starting with 1</source>
        <translation>电话号码无效：手机号为以 1 开头的 11 位数字</translation>
    </message>
    <message>
        <source>This is not a valid phone number: a landline is an area code starting with 0 followed by 7 or 8 digits</source>
        <translation>电话号码无效：座机号为以 0 开头的区号加 7 或 8 位号码</translation>
    </message>
    <message>
        <source>This is not a valid phone number: expected an 11-digit mobile number, a landline with its area code, or + and a country code</source>
        <translation>电话号码无效：应为 11 位手机号、带区号的座机号，或 + 加国家代码</translation>
    </message>
    <message>
        <source>A VIN has only letters and digits</source>
        <translation>车架号只包含字母和数字</translation>
    </message>
    <message>
        <source>The letters I, O and Q never appear in a VIN: check for the digits 1 and 0</source>
        <translation>车架号中不会出现字母 I、O、Q：请检查是否应为数字 1 和 0</translation>
    </message>
    <message>
        <source>A VIN has 17 characters; this one has {}</source>
        <translation>车架号应为 17 位；这个有 {} 位</translation>
    </message>
    <message>
        <source>This does not look like a Chinese plate (e.g. 浙A12345 or 浙AD12345)</source>
        <translation>这不像国内的车牌（例如 浙A12345 或 浙AD12345）</translation>
    </message>
    <message>
        <source>. Keep it anyway?</source>
        <translation>。仍要保留吗？</translation>
    </message>
    <message>
        <source>港 and 澳 plates are issued only as 粤Z (粤Z1234港)</source>
        <translation>港、澳车牌只有粤Z号段（粤Z1234港）</translation>
    </message>
    <message>
        <source>An embassy plate is 使 and 6 digits (使014578)</source>
        <translation>使馆车牌是“使”加 6 位数字（使014578）</translation>
    </message>
    <message>
        <source>A plate ending in {suffix} has 4 letters or digits before it ({example})</source>
        <translation>以“{suffix}”结尾的车牌，前面是 4 位字母或数字（{example}）</translation>
    </message>
    <message>
        <source>Plates never use the letters I and O after the second character (they would be read as 1 and 0)</source>
        <translation>车牌第 2 位之后不用字母 I 和 O（容易看成 1 和 0）</translation>
    </message>
    <message>
        <source>On a small new-energy car's plate the last 4 characters are digits (浙AD12345)</source>
        <translation>新能源小型车车牌的最后 4 位是数字（浙AD12345）</translation>
    </message>
    <message>
        <source>{letter} is not a new-energy letter: a small new-energy car's plate has D, A, B, C, E, F, G, H, J or K third (浙AD12345)</source>
        <translation>{letter} 不是新能源字母：新能源小型车车牌第 3 位是 D、A、B、C、E、F、G、H、J 或 K（浙AD12345）</translation>
    </message>
    <message>
        <source>A small new-energy car's D/F is the 3rd character (浙AD12345), a large vehicle's the last, after 5 digits (浙A12345D)</source>
        <translation>新能源小型车的 D/F 应在第 3 位（浙AD12345），大型车的 D/F 在 5 位数字之后的最后一位（浙A12345D）</translation>
    </message>
    <message>
        <source>A plate starts with a province's short name and a letter (浙A, 粤B...)</source>
        <translation>车牌以省份简称和一个字母开头（浙A、粤B……）</translation>
    </message>
    <message>
        <source>A plate has 7 characters, 8 on a new-energy car: this one has {count}</source>
        <translation>车牌是 7 位，新能源车 8 位：这个是 {count} 位</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The shop name is too long.</source>
        <translation>店名太长了。</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>Please enter a name.</source>
        <translation>请输入姓名。</translation>
    </message>
    <message>
        <source>The name is too long.</source>
        <translation>姓名太长了。</translation>
    </message>
    <message>
        <source>Someone with this name is already on the staff list.</source>
        <translation>员工名单中已有同名的人。</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>Phone {phone} moved here from the phone field by an upgrade: customer no. {other} ({other_name}) has the same number.</source>
        <translation>升级时手机号 {phone} 从手机字段移到此处：客户 {other} 号（{other_name}）使用同一号码。</translation>
    </message>
    <message>
        <source>Customers no. {other} ({other_name}) and no. {id} ({name}) had the same phone number {phone}; it stays with no. {other} and is in the notes of no. {id}. Merge them if they are the same person.</source>
        <translation>客户 {other} 号（{other_name}）与 {id} 号（{name}）使用同一手机号 {phone}；号码保留在 {other} 号，并写入 {id} 号的备注。如是同一人，请合并两位客户。</translation>
    </message>
    <message>
        <source>{path} was replaced by a restore since it was opened; nothing was changed. Open it again to work on the restored data.</source>
        <translation>{path} 在打开后已被恢复操作替换；没有做任何更改。请重新打开它，以处理恢复后的数据。</translation>
    </message>
    <message>
        <source>Another import or change is being written to this database; waiting…</source>
        <translation>另一项导入或修改正在写入此数据库，正在等待…</translation>
    </message>
    <message>
        <source>The database was still busy with another import or change after {seconds} seconds; nothing was changed. Try again when it has finished.</source>
        <translation>等待 {seconds} 秒后数据库仍在写入另一项导入或修改；未做任何更改。请在其完成后重试。</translation>
    </message>
    <message>
        <source>The server runs PostgreSQL {version}; DealerDesk needs version 12 or newer.</source>
        <translation>服务器运行的是 PostgreSQL {version}；车商客户管家需要 12 或更新的版本。</translation>
    </message>
    <message>
        <source>The server at {host} refused the user name or password (user "{user}").</source>
        <translation>服务器 {host} 拒绝了用户名或密码（用户“{user}”）。</translation>
    </message>
    <message>
        <source>The server at {host} has no database called "{name}"; create it first (see the README).</source>
        <translation>服务器 {host} 上没有名为“{name}”的数据库；请先创建它（见说明文档）。</translation>
    </message>
    <message>
        <source>The server at {host} has no user called "{user}".</source>
        <translation>服务器 {host} 上没有名为“{user}”的用户。</translation>
    </message>
    <message>
        <source>The server at {host} does not accept connections from this PC: allow the shop's network in pg_hba.conf.</source>
        <translation>服务器 {host} 不接受这台电脑的连接：请在 pg_hba.conf 中允许店内网络。</translation>
    </message>
    <message>
        <source>No database server answers at {host}, port {port}: check the address, that the server PC is on, and its firewall.</source>
        <translation>{host} 的 {port} 端口没有数据库服务器应答：请检查地址、服务器电脑是否开机，以及它的防火墙。</translation>
    </message>
    <message>
        <source>The server at {host} could not be used: {error}</source>
        <translation>无法使用服务器 {host}：{error}</translation>
    </message>
</context>
<context>
    <name>Vehicles</name>
    <message>
        <source>Please check the model year.</source>
        <translation>请检查车型年款。</translation>
    </message>
    <message>
        <source>The mileage must be between 0 and 2,000,000 km.</source>
        <translation>里程应在 0 到 2,000,000 公里之间。</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>价格不能为负数。</translation>
    </message>
    <message>
        <source>The registration date cannot be in the future.</source>
        <translation>上牌日期不能晚于今天。</translation>
    </message>
    <message>
        <source>The deal date cannot be in the future.</source>
        <translation>成交日期不能晚于今天。</translation>
    </message>
    <message>
        <source>The car was registered before its model year.</source>
        <translation>上牌日期早于车型年款。</translation>
    </message>
    <message>
        <source>Choose how the customer is linked to this car.</source>
        <translation>请选择客户与这辆车的关系。</translation>
    </message>
    <message>
        <source>Enter at least the brand, the model or the plate.</source>
        <translation>请至少填写品牌、车型或车牌号。</translation>
    </message>
    <message>
        <source>This vehicle no longer exists.</source>
        <translation>这辆车已不存在。</translation>
    </message>
</context>
<context>
    <name>Versions</name>
    <message>
        <source>Another PC changed this after you opened it.</source>
        <translation>您打开之后，另一台电脑修改了这一项。</translation>
    </message>
</context>
</TS>