<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Mobile</source>
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
        <source>Lunar month</source>
        <translation>农历月</translation>
    </message>
    <message>
        <source>Lunar day</source>
        <translation>农历日</translation>
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
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>介绍人</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>客户级别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>归属业务员</translation>
    </message>
    <message>
        <source>Wanted model</source>
        <translation>意向车型</translation>
    </message>
    <message>
        <source>Body type</source>
        <translation>车身类型</translation>
    </message>
    <message>
        <source>Budget from</source>
        <translation>预算下限</translation>
    </message>
    <message>
        <source>Budget up to</source>
        <translation>预算上限</translation>
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
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Agreed to marketing</source>
        <translation>同意营销联系</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Changed on another PC</source>
        <translation>已在另一台电脑上修改</translation>
    </message>
    <message>
        <source>Someone saved this customer on another PC after you opened it. These fields now differ. Which values should be kept?</source>
        <translation>您打开这位客户之后，有人在另一台电脑上保存了修改，以下各项现在不一致。要保留哪一方的内容？</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>您的</translation>
    </message>
    <message>
        <source>Saved on the other PC</source>
        <translation>另一台电脑保存的</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>采用对方的</translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <source>Celebrate in the leap month</source>
        <translation>在闰月过生日</translation>
    </message>
    <message>
        <source>Born in a leap month: the birthday is kept in the ordinary month of that name, as most families do, unless this is ticked; then it is kept in the leap month in the years that have one.</source>
        <translation>生于闰月：按多数家庭的习惯，在同名的平月过生日；勾选后，在有这个闰月的年份改在闰月过。</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>未评级</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>暂未分配</translation>
    </message>
    <message>
        <source>The status follows from the follow-ups: log one to change it.</source>
        <translation>客户状态由跟进记录决定：记录一次跟进即可更新。</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>（{date} 同意）</translation>
    </message>
    <message>
        <source>today</source>
        <translation>就在今天</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <source>in {days} days</source>
        <translation>还有 {days} 天</translation>
    </message>
    <message>
        <source>Next birthday: {date}, {when}</source>
        <translation>下次生日：{date}，{when}</translation>
    </message>
    <message>
        <source>Pick the referring customer from the list that opens as you type.</source>
        <translation>请从输入时弹出的列表中选择介绍人。</translation>
    </message>
    <message>
        <source>Open {name}&apos;s page</source>
        <translation>打开{name}的资料</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>姓名(&amp;N) *</translation>
    </message>
    <message>
        <source>&amp;Mobile</source>
        <translation>手机(&amp;M)</translation>
    </message>
    <message>
        <source>Second phone</source>
        <translation>备用电话</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信号</translation>
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
        <source>Celebrates lunar birthday</source>
        <translation>过农历生日</translation>
    </message>
    <message>
        <source>Lunar birthday</source>
        <translation>农历生日</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Leap month</source>
        <translation>闰月</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销售信息</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>客户来源(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>客户级别(&amp;L)</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>客户状态(&amp;T)</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>归属业务员</translation>
    </message>
    <message>
        <source>Tags and notes</source>
        <translation>标签与备注</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>VIP, friend of the owner</source>
        <translation>例如：VIP, 老板朋友</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>营销许可</translation>
    </message>
    <message>
        <source>Agrees to receive offers and greetings</source>
        <translation>同意接收优惠信息和节日问候</translation>
    </message>
    <message>
        <source>Purchase intent</source>
        <translation>购车意向</translation>
    </message>
    <message>
        <source>Wanted car</source>
        <translation>意向车型</translation>
    </message>
    <message>
        <source>brand and model, e.g. 丰田 凯美瑞</source>
        <translation>品牌和车型，例如：丰田 凯美瑞</translation>
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
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Trade-in car</source>
        <translation>置换车辆</translation>
    </message>
    <message>
        <source>their current car, if they sell it to us</source>
        <translation>客户现有车辆（如卖给我们）</translation>
    </message>
    <message>
        <source>Hobbies, family, what matters to them...</source>
        <translation>爱好、家庭情况、客户在意的事……</translation>
    </message>
</context>
<context>
    <name>CustomerPage</name>
    <message>
        <source>Customers</source>
        <translation>客户列表</translation>
    </message>
    <message>
        <source>Back to the list (Esc)</source>
        <translation>返回列表 (Esc)</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>基本资料</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Service visits</source>
        <translation>到店消费</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>会员卡</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Log follow-up</source>
        <translation>记录跟进</translation>
    </message>
    <message>
        <source>Print profile</source>
        <translation>打印档案</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <source>Who changed what on this customer, and when</source>
        <translation>谁在什么时候修改了这位客户的什么内容</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Name and one way to reach them are enough to start.</source>
        <translation>先填姓名和一种联系方式就可以保存。</translation>
    </message>
    <message>
        <source>Last contact {when}</source>
        <translation>最近联系 {when}</translation>
    </message>
    <message>
        <source>Not contacted yet</source>
        <translation>尚未联系</translation>
    </message>
    <message>
        <source>Next follow-up {date}</source>
        <translation>下次跟进 {date}</translation>
    </message>
    <message>
        <source>In the recycle bin</source>
        <translation>已在回收站</translation>
    </message>
    <message>
        <source>Created {when}</source>
        <translation>建档 {when}</translation>
    </message>
    <message>
        <source>by {name}</source>
        <translation>由 {name} 录入</translation>
    </message>
    <message>
        <source>last contact {when}</source>
        <translation>最近联系 {when}</translation>
    </message>
    <message>
        <source>Please correct the fields marked in red.</source>
        <translation>请修改标红的内容。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Not saved: this customer was changed on another PC.</source>
        <translation>未保存：这位客户已在另一台电脑上被修改。</translation>
    </message>
    <message>
        <source>This customer no longer exists.</source>
        <translation>这位客户已不存在。</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <source>You have changed this customer&apos;s profile. Leave without saving?</source>
        <translation>客户资料已修改，不保存就离开吗？</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机</translation>
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
        <source>Sales rep</source>
        <translation>业务员</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Plates</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>Wants</source>
        <translation>意向车型</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <source>Next call</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>建档日期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
</context>
<context>
    <name>CustomersScreen</name>
    <message>
        <source>Filter: name, pinyin (zs), phone, plate</source>
        <translation>筛选：姓名、拼音首字母（zs）、手机、车牌</translation>
    </message>
    <message>
        <source>Recycle bin</source>
        <translation>回收站</translation>
    </message>
    <message>
        <source>Show the customers moved to the recycle bin</source>
        <translation>查看已移入回收站的客户</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export this list to Excel</source>
        <translation>把当前列表导出为 Excel</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>New customer (Ctrl+N)</source>
        <translation>新建客户 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Move to recycle bin</source>
        <translation>移入回收站</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Erase for good…</source>
        <translation>彻底删除…</translation>
    </message>
    <message>
        <source>Remove this person&apos;s data for good, on their request. This cannot be undone.</source>
        <translation>应客户本人要求彻底删除其个人资料，删除后无法恢复。</translation>
    </message>
    <message>
        <source>No customers yet</source>
        <translation>还没有客户</translation>
    </message>
    <message>
        <source>Import your Excel sheet, or add the first customer.</source>
        <translation>可以导入您的 Excel 客户表格，或者添加第一位客户。</translation>
    </message>
    <message>
        <source>Add the first customer</source>
        <translation>添加第一位客户</translation>
    </message>
    <message>
        <source>Import Excel sheet…</source>
        <translation>导入 Excel 表格…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>全部级别</translation>
    </message>
    <message>
        <source>All salespeople</source>
        <translation>全部业务员</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>全部来源</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <source>{title}: {n} customers</source>
        <translation>{title}：{n} 位客户</translation>
    </message>
    <message>
        <source>Only the customers of this list are shown: click to show everyone again</source>
        <translation>只显示这个名单里的客户：点击恢复显示全部客户</translation>
    </message>
    <message>
        <source>The recycle bin is empty.</source>
        <translation>回收站是空的。</translation>
    </message>
    <message>
        <source>No customers match these filters.</source>
        <translation>没有符合筛选条件的客户。</translation>
    </message>
    <message>
        <source>1 customer in the recycle bin</source>
        <translation>回收站中有 1 位客户</translation>
    </message>
    <message>
        <source>{count} customers in the recycle bin</source>
        <translation>回收站中有 {count} 位客户</translation>
    </message>
    <message>
        <source>1 customer</source>
        <translation>共 1 位客户</translation>
    </message>
    <message>
        <source>{count} customers</source>
        <translation>共 {count} 位客户</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>无法恢复</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase for good</source>
        <translation>彻底删除</translation>
    </message>
    <message>
        <source>This removes {name}, their cars, follow-ups and reminders from the database for good, as they asked. It cannot be undone, not even from the recycle bin.

Type the name {name} to confirm:</source>
        <translation>这会按客户本人的要求，从数据库中彻底删除 {name} 及其车辆、跟进记录和提醒。删除后无法恢复，回收站里也找不回来。

请输入姓名“{name}”确认：</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ReferrerPicker</name>
    <message>
        <source>Referred by…</source>
        <translation>介绍人…</translation>
    </message>
    <message>
        <source>Who referred them: type a name, pinyin initials or phone digits</source>
        <translation>介绍人：输入姓名、拼音首字母或电话号码</translation>
    </message>
</context>
<context>
    <name>VehicleDialog</name>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Edit vehicle</source>
        <translation>编辑车辆</translation>
    </message>
    <message>
        <source>Add a vehicle</source>
        <translation>添加车辆</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Please enter a whole number.</source>
        <translation>请输入整数。</translation>
    </message>
    <message>
        <source>{issue}. Correct it, or save again and choose &quot;Keep it&quot;.</source>
        <translation>{issue}。请改正，或再次保存并选择“保留”。</translation>
    </message>
    <message>
        <source>{plate}: {issue}.
Keep it anyway?</source>
        <translation>{plate}：{issue}。
仍要保留吗？</translation>
    </message>
    <message>
        <source>Unusual plate</source>
        <translation>车牌格式少见</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Correct it</source>
        <translation>去修改</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <source>Close without saving your changes?</source>
        <translation>不保存修改就关闭吗？</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
</context>
<context>
    <name>VehicleForm</name>
    <message>
        <source>Car</source>
        <translation>车辆信息</translation>
    </message>
    <message>
        <source>&amp;Relation</source>
        <translation>与客户关系(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Brand</source>
        <translation>品牌(&amp;B)</translation>
    </message>
    <message>
        <source>e.g. 丰田</source>
        <translation>例如：丰田</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>车型(&amp;M)</translation>
    </message>
    <message>
        <source>e.g. 凯美瑞 2.0G</source>
        <translation>例如：凯美瑞 2.0G</translation>
    </message>
    <message>
        <source>Model &amp;year</source>
        <translation>年款(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;VIN</source>
        <translation>车架号(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Plate</source>
        <translation>车牌号(&amp;P)</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Mileage (km)</source>
        <translation>里程（公里）</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>成交信息</translation>
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
        <source>Deal price</source>
        <translation>成交价</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>业务员</translation>
    </message>
    <message>
        <source>Sold on / scrapped</source>
        <translation>卖出/报废日期</translation>
    </message>
    <message>
        <source>Dates to remember</source>
        <translation>提醒日期</translation>
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
        <source>Annual inspection due</source>
        <translation>年审到期</translation>
    </message>
    <message>
        <source>Suggested from the registration date: every 2 years for the first 10 years, every year up to 15 years, then every 6 months.</source>
        <translation>按上牌日期推算：10 年内每 2 年一次，10 至 15 年每年一次，15 年以上每半年一次。可以修改。</translation>
    </message>
    <message>
        <source>Warranty expires</source>
        <translation>质保/延保到期</translation>
    </message>
    <message>
        <source>Next maintenance</source>
        <translation>下次保养</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>VehicleTableModel</name>
    <message>
        <source>Car</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>上牌日期</translation>
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
        <source>Inspection due</source>
        <translation>年审到期</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>下次保养</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>成交</translation>
    </message>
    <message>
        <source>Sold or scrapped on {date}</source>
        <translation>已于 {date} 卖出或报废</translation>
    </message>
</context>
<context>
    <name>VehiclesTab</name>
    <message>
        <source>Add vehicle</source>
        <translation>添加车辆</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>No vehicles yet. Add the car they drive, bought or traded in.</source>
        <translation>还没有车辆。可以添加客户在开的车、在本店买的车或置换的车。</translation>
    </message>
    <message>
        <source>Delete vehicle</source>
        <translation>删除车辆</translation>
    </message>
    <message>
        <source>Delete {car} {plate} from this customer?</source>
        <translation>要从该客户名下删除 {car} {plate} 吗？</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>保留</translation>
    </message>
</context>
</TS>
