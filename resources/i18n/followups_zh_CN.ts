<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CustomerPicker</name>
    <message>
        <source>Choose a customer</source>
        <translation>选择客户</translation>
    </message>
    <message>
        <source>Name, pinyin initials, phone or plate</source>
        <translation>姓名、拼音首字母、手机号或车牌</translation>
    </message>
    <message>
        <source>Press Enter to choose the first one.</source>
        <translation>按回车选择第一个。</translation>
    </message>
</context>
<context>
    <name>DealDialog</name>
    <message>
        <source>Record a deal</source>
        <translation>登记成交</translation>
    </message>
    <message>
        <source>Anything worth remembering about this deal</source>
        <translation>本次成交需要记下的事项</translation>
    </message>
    <message>
        <source>Deal date</source>
        <translation>成交日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Save deal</source>
        <translation>保存成交</translation>
    </message>
</context>
<context>
    <name>DealFields</name>
    <message>
        <source>{car} (sold before)</source>
        <translation>{car}（已成交过）</translation>
    </message>
    <message>
        <source>A new car…</source>
        <translation>新车辆…</translation>
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
        <source>e.g. 158000 or 15.8万</source>
        <translation>如 158000 或 15.8万</translation>
    </message>
    <message>
        <source>Car sold</source>
        <translation>成交车辆</translation>
    </message>
    <message>
        <source>Price (yuan)</source>
        <translation>成交价（元）</translation>
    </message>
</context>
<context>
    <name>EntryCard</name>
    <message>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Lost because: {reason}</source>
        <translation>战败原因：{reason}</translation>
    </message>
    <message>
        <source>Car: {car}</source>
        <translation>车辆：{car}</translation>
    </message>
    <message>
        <source>Next: {action} {day}</source>
        <translation>下一步：{action} {day}</translation>
    </message>
    <message>
        <source>follow up</source>
        <translation>跟进</translation>
    </message>
</context>
<context>
    <name>FollowUpActions</name>
    <message>
        <source>Log follow-up…</source>
        <translation>记录跟进…</translation>
    </message>
    <message>
        <source>Record deal…</source>
        <translation>登记成交…</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Correct follow-up</source>
        <translation>更正跟进记录</translation>
    </message>
    <message>
        <source>Log follow-up</source>
        <translation>记录跟进</translation>
    </message>
    <message>
        <source>This contact marks the after-sale revisit done.</source>
        <translation>保存后，这次售后回访即记为已完成。</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <source>When</source>
        <translation>跟进时间</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>跟进方式</translation>
    </message>
    <message>
        <source>What was said: wishes, budget, objections…</source>
        <translation>沟通内容：需求、预算、顾虑…</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>沟通内容</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>跟进结果</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>请选择原因…</translation>
    </message>
    <message>
        <source>Lost because</source>
        <translation>战败原因</translation>
    </message>
    <message>
        <source>e.g. send the loan offer, invite to test drive</source>
        <translation>如：发送贷款方案、邀约试驾</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>下一步行动</translation>
    </message>
    <message>
        <source>Next date</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <source>Not planned</source>
        <translation>未安排</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>No next follow-up</source>
        <translation>不安排下次跟进</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <source>3 days</source>
        <translation>3天后</translation>
    </message>
    <message>
        <source>A week</source>
        <translation>一周后</translation>
    </message>
    <message>
        <source>A month</source>
        <translation>一个月后</translation>
    </message>
</context>
<context>
    <name>FollowUpTimeline</name>
    <message>
        <source>Log follow-up</source>
        <translation>记录跟进</translation>
    </message>
    <message>
        <source>Record deal</source>
        <translation>登记成交</translation>
    </message>
    <message>
        <source>Record referral</source>
        <translation>登记转介绍</translation>
    </message>
    <message>
        <source>No follow-ups yet. Log the first contact: it sets the customer&apos;s status and next follow-up date.</source>
        <translation>还没有跟进记录。记录第一次联系后，系统会自动更新客户状态和下次跟进日期。</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>After-sale revisits: {list}</source>
        <translation>售后回访：{list}</translation>
    </message>
    <message>
        <source>Referred {n}: {list}</source>
        <translation>已转介绍 {n} 位：{list}</translation>
    </message>
    <message>
        <source>Delete follow-up</source>
        <translation>删除跟进记录</translation>
    </message>
    <message>
        <source>Delete this follow-up of {day}? The customer&apos;s status and dates are worked out again from the rest.</source>
        <translation>删除 {day} 的这条跟进记录吗？客户状态和跟进日期将根据其余记录重新计算。</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <source>{n}-month revisit</source>
        <translation>{n}个月回访</translation>
    </message>
    <message>
        <source>{n}-day revisit</source>
        <translation>{n}天回访</translation>
    </message>
    <message>
        <source>This customer no longer exists.</source>
        <translation>该客户已不存在。</translation>
    </message>
    <message>
        <source>This customer is in the recycle bin: restore them first.</source>
        <translation>该客户在回收站中，请先恢复。</translation>
    </message>
    <message>
        <source>A follow-up cannot be dated in the future.</source>
        <translation>跟进时间不能晚于今天。</translation>
    </message>
    <message>
        <source>Choose how you were in touch.</source>
        <translation>请选择跟进方式。</translation>
    </message>
    <message>
        <source>Choose how it went.</source>
        <translation>请选择跟进结果。</translation>
    </message>
    <message>
        <source>Say why the customer was lost.</source>
        <translation>请选择战败原因。</translation>
    </message>
    <message>
        <source>Choose a reason from the list.</source>
        <translation>请从列表中选择原因。</translation>
    </message>
    <message>
        <source>The note is too long (at most 2000 characters).</source>
        <translation>沟通内容太长（最多2000字）。</translation>
    </message>
    <message>
        <source>The next action cannot be before the contact.</source>
        <translation>下次跟进日期不能早于本次跟进。</translation>
    </message>
    <message>
        <source>This revisit belongs to another customer.</source>
        <translation>这条回访属于另一位客户。</translation>
    </message>
    <message>
        <source>This revisit is already done.</source>
        <translation>这条回访已经完成。</translation>
    </message>
    <message>
        <source>This car is not one of the customer&apos;s cars.</source>
        <translation>这辆车不属于该客户。</translation>
    </message>
    <message>
        <source>A deal needs the car that was sold.</source>
        <translation>成交必须选择成交的车辆。</translation>
    </message>
    <message>
        <source>This entry no longer exists.</source>
        <translation>这条记录已不存在。</translation>
    </message>
    <message>
        <source>Only the person who logged this entry can change it.</source>
        <translation>只有记录人本人可以更改这条记录。</translation>
    </message>
    <message>
        <source>A deal is recorded with Record deal and undone by deleting its entry.</source>
        <translation>成交请用“登记成交”记录；要撤销成交，请删除该条成交记录。</translation>
    </message>
    <message>
        <source>Choose the car that was sold.</source>
        <translation>请选择成交的车辆。</translation>
    </message>
    <message>
        <source>Enter the price the car was sold for.</source>
        <translation>请输入成交价。</translation>
    </message>
    <message>
        <source>Deal: {car}</source>
        <translation>成交：{car}</translation>
    </message>
    <message>
        <source>Car {n}</source>
        <translation>车辆 {n}</translation>
    </message>
</context>
<context>
    <name>FollowUpsScreen</name>
    <message>
        <source>Log follow-up</source>
        <translation>记录跟进</translation>
    </message>
    <message>
        <source>Mark done…</source>
        <translation>完成…</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>打开客户</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>业务员</translation>
    </message>
    <message>
        <source>Within</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7天</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30天</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90天</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部业务员</translation>
    </message>
    <message>
        <source>Print call list…</source>
        <translation>打印联系清单…</translation>
    </message>
    <message>
        <source>{day} ({n} days late)</source>
        <translation>{day}（逾期{n}天）</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>应跟进日</translation>
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
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>To do / done</source>
        <translation>待办 / 已办</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <source>Due today ({n})</source>
        <translation>今日待跟进（{n}）</translation>
    </message>
    <message>
        <source>Overdue ({n})</source>
        <translation>已逾期（{n}）</translation>
    </message>
    <message>
        <source>Upcoming ({n})</source>
        <translation>即将到期（{n}）</translation>
    </message>
    <message>
        <source>Done ({n})</source>
        <translation>已跟进（{n}）</translation>
    </message>
    <message>
        <source>Nothing due today. Log a follow-up with a next date and it will show up here on that day.</source>
        <translation>今天没有待跟进的客户。记录跟进时填写下次跟进日期，到期当天就会出现在这里。</translation>
    </message>
    <message>
        <source>Nothing overdue: well done.</source>
        <translation>没有逾期的跟进，做得好！</translation>
    </message>
    <message>
        <source>Nothing planned in this period.</source>
        <translation>这段时间内没有安排跟进。</translation>
    </message>
    <message>
        <source>No follow-ups logged in this period yet.</source>
        <translation>这段时间内还没有跟进记录。</translation>
    </message>
</context>
<context>
    <name>ListActions</name>
    <message>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <source>Print call list</source>
        <translation>打印电话名单</translation>
    </message>
    <message>
        <source>Messages…</source>
        <translation>群发话术…</translation>
    </message>
    <message>
        <source>Open in Customers</source>
        <translation>在客户列表中打开</translation>
    </message>
    <message>
        <source>Export the customers of this list to Excel</source>
        <translation>把这个名单里的客户导出到 Excel</translation>
    </message>
    <message>
        <source>Show this list in the Customers table</source>
        <translation>在客户列表中只显示这个名单</translation>
    </message>
</context>
<context>
    <name>ListMessagesDialog</name>
    <message>
        <source>Messages: {title}</source>
        <translation>话术：{title}</translation>
    </message>
    <message>
        <source>Each customer&apos;s own language</source>
        <translation>按每位客户的语言</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>全部复制</translation>
    </message>
    <message>
        <source>{n} messages.</source>
        <translation>共 {n} 条。</translation>
    </message>
    <message>
        <source>{n} customers without marketing consent are left out.</source>
        <translation>{n} 位客户未同意接收营销信息，已略去。</translation>
    </message>
    <message>
        <source>{n} customers have no car with this date and are left out.</source>
        <translation>{n} 位客户的车辆没有这个日期，已略去。</translation>
    </message>
</context>
<context>
    <name>MonthFigures</name>
    <message>
        <source>Leads this month</source>
        <translation>本月新增线索</translation>
    </message>
    <message>
        <source>{n} by referral</source>
        <translation>其中转介绍 {n}</translation>
    </message>
    <message>
        <source>Followed up in 24 h</source>
        <translation>24小时跟进率</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>成交</translation>
    </message>
    <message>
        <source>{n} of {leads} new leads</source>
        <translation>{n}/{leads} 条新线索</translation>
    </message>
    <message>
        <source>Came to the shop</source>
        <translation>到店</translation>
    </message>
    <message>
        <source>{n} of {leads} new leads ({rate})</source>
        <translation>新线索到店 {n}/{leads}（{rate}）</translation>
    </message>
    <message>
        <source>{rate} of those who came</source>
        <translation>到店成交 {rate}</translation>
    </message>
    <message>
        <source>Revisits on time</source>
        <translation>售后按时回访</translation>
    </message>
    <message>
        <source>{done} of {due}</source>
        <translation>{due} 次中 {done} 次</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>战败</translation>
    </message>
    <message>
        <source>{n} repeat purchases</source>
        <translation>复购 {n}</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Record a referral</source>
        <translation>登记转介绍</translation>
    </message>
    <message>
        <source>e.g. a white SUV around 150,000</source>
        <translation>如：白色SUV，15万左右</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Wants</source>
        <translation>意向车型</translation>
    </message>
</context>
<context>
    <name>ReferralList</name>
    <message>
        <source>The list could not be read: {error}</source>
        <translation>名单读取失败：{error}</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>客户级别</translation>
    </message>
    <message>
        <source>Cars</source>
        <translation>购车数</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>购车金额</translation>
    </message>
    <message>
        <source>Choose someone in the referrers table to list the customers they referred.</source>
        <translation>在介绍人表中选一位，即可列出他介绍来的客户。</translation>
    </message>
    <message>
        <source>{name} referred {n} customers; {m} of them bought a car.</source>
        <translation>{name} 介绍了 {n} 位客户，其中 {m} 位买了车。</translation>
    </message>
    <message>
        <source>Referred by {name}</source>
        <translation>{name} 介绍的客户</translation>
    </message>
    <message>
        <source>referred by {name}, bought {n} cars for {money}</source>
        <translation>{name} 介绍，买了 {n} 辆车，共 {money}</translation>
    </message>
    <message>
        <source>referred by {name}, recorded {day}</source>
        <translation>{name} 介绍，{day} 登记</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Leads recorded</source>
        <translation>新增线索</translation>
    </message>
    <message>
        <source>Followed up within 24 hours</source>
        <translation>24小时内跟进</translation>
    </message>
    <message>
        <source>Visited the shop</source>
        <translation>到店</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>成交</translation>
    </message>
    <message>
        <source>Lost as a new lead</source>
        <translation>线索阶段战败</translation>
    </message>
    <message>
        <source>Lost while following up</source>
        <translation>跟进阶段战败</translation>
    </message>
    <message>
        <source>Lost after visiting</source>
        <translation>到店后战败</translation>
    </message>
    <message>
        <source>Wanted model</source>
        <translation>意向车型</translation>
    </message>
    <message>
        <source>Bought model</source>
        <translation>已购车型</translation>
    </message>
    <message>
        <source>Vehicle age</source>
        <translation>车龄</translation>
    </message>
    <message>
        <source>Mileage</source>
        <translation>行驶里程</translation>
    </message>
    <message>
        <source>Number of visits</source>
        <translation>到店次数</translation>
    </message>
    <message>
        <source>Time since last contact</source>
        <translation>距上次联系</translation>
    </message>
    <message>
        <source>{range} years</source>
        <translation>{range}年</translation>
    </message>
    <message>
        <source>{range} ten thousand km</source>
        <translation>{range}万公里</translation>
    </message>
    <message>
        <source>{n} visits</source>
        <translation>{n}次</translation>
    </message>
    <message>
        <source>Never contacted</source>
        <translation>从未联系</translation>
    </message>
    <message>
        <source>Not contacted for 90 days or more</source>
        <translation>90天以上未联系</translation>
    </message>
    <message>
        <source>{range} days</source>
        <translation>{range}天</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Within 24 h</source>
        <translation>24小时跟进</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>到店</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>成交</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>比率</translation>
    </message>
    <message>
        <source>Revisits on time</source>
        <translation>按时回访</translation>
    </message>
    <message>
        <source>Deal rate</source>
        <translation>到店成交率</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>战败</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>业务员</translation>
    </message>
    <message>
        <source>As a new lead</source>
        <translation>线索阶段</translation>
    </message>
    <message>
        <source>While following up</source>
        <translation>跟进阶段</translation>
    </message>
    <message>
        <source>After visiting</source>
        <translation>到店后</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
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
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月度</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Whole shop</source>
        <translation>全店</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>销售漏斗</translation>
    </message>
    <message>
        <source>Salespeople</source>
        <translation>业务员</translation>
    </message>
    <message>
        <source>Lost reasons</source>
        <translation>战败原因</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>客户分群</translation>
    </message>
    <message>
        <source>Group customers by</source>
        <translation>分群方式</translation>
    </message>
    <message>
        <source>{year}-{month:02d}</source>
        <translation>{year}年{month}月</translation>
    </message>
    <message>
        <source>{year} Q{q}</source>
        <translation>{year}年第{q}季度</translation>
    </message>
    <message>
        <source>Where the {count} new leads of {period} went</source>
        <translation>{period}新增的 {count} 条线索走到了哪一步</translation>
    </message>
    <message>
        <source>All who came to the shop in {period}: {visits}; all who bought: {deals} (leads from before included; see the table).</source>
        <translation>{period}全部到店 {visits} 人、成交 {deals} 人（含以前的线索，见左表）。</translation>
    </message>
    <message>
        <source>Repeat purchases</source>
        <translation>复购</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>转介绍</translation>
    </message>
    <message>
        <source>After-sale revisits on time</source>
        <translation>售后按时回访</translation>
    </message>
    <message>
        <source>{done} of {due} ({rate})</source>
        <translation>{due}次中{done}次（{rate}）</translation>
    </message>
    <message>
        <source>Figures from {start} up to {end}. Visits and deals count everyone who came in or bought in the period, earlier leads included; the visit rate counts only the period&apos;s new leads who came in.</source>
        <translation>统计区间：{start} 至 {end}。到店和成交按期间内到店、成交的全部客户计（含以前的线索）；到店率只算本期新线索中已到店的。</translation>
    </message>
    <message>
        <source>{rate} of new leads</source>
        <translation>占新线索 {rate}</translation>
    </message>
    <message>
        <source>{rate} of new leads came in</source>
        <translation>新线索到店 {rate}</translation>
    </message>
    <message>
        <source>{rate} of those who came</source>
        <translation>到店成交 {rate}</translation>
    </message>
    <message>
        <source>Lost deals by reason</source>
        <translation>战败原因分布</translation>
    </message>
    <message>
        <source>Choose a group to list its customers.</source>
        <translation>选择一个分组，查看其中的客户。</translation>
    </message>
    <message>
        <source>{group}: {n} customers</source>
        <translation>{group}：{n}位客户</translation>
    </message>
    <message>
        <source>(first {n} shown)</source>
        <translation>（显示前{n}位）</translation>
    </message>
</context>
<context>
    <name>ValueTab</name>
    <message>
        <source>Tier</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Spent in the window</source>
        <translation>期内消费</translation>
    </message>
    <message>
        <source>Spent in all</source>
        <translation>累计消费</translation>
    </message>
    <message>
        <source>Remaining value</source>
        <translation>剩余价值</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Moved up</source>
        <translation>升级</translation>
    </message>
    <message>
        <source>Moved down</source>
        <translation>降级</translation>
    </message>
    <message>
        <source>Into lost</source>
        <translation>转为流失</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>R F M</source>
        <translation>R F M</translation>
    </message>
    <message>
        <source>Replacement from</source>
        <translation>换车期起</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n} customers&lt;/b&gt; in four tiers as of {day}; below, how many moved between tiers each month, and the customers with the highest remaining value.</source>
        <translation>截至 {day}，&lt;b&gt;{n} 位客户&lt;/b&gt;分为四级；下方为每月在层级间变动的客户数，以及剩余价值最高的客户。</translation>
    </message>
    <message>
        <source>Moves between tiers each month, the latest first (point at a figure for the tiers).</source>
        <translation>每月层级变动，最近的在前（鼠标指向数字可看明细）。</translation>
    </message>
    <message>
        <source>From the tier at the end of the month before to the tier at the month&apos;s end; new customers are those recorded during the month.</source>
        <translation>从上月末的层级到本月末的层级；新客户指当月新登记的客户。</translation>
    </message>
    <message>
        <source>Moves between tiers, last {n} months</source>
        <translation>近 {n} 个月的层级变动</translation>
    </message>
    <message>
        <source>At the month&apos;s end: {counts}</source>
        <translation>月末：{counts}</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>{source} → {target}: {n}</source>
        <translation>{source} → {target}：{n}</translation>
    </message>
    <message>
        <source>The {top} customers with the highest remaining value; choose a tier above to list its customers.</source>
        <translation>剩余价值最高的 {top} 位客户；在上方选择一个层级可列出该层级的客户。</translation>
    </message>
    <message>
        <source>{tier}: {n} customers, highest remaining value first.</source>
        <translation>{tier}：{n} 位客户，按剩余价值从高到低。</translation>
    </message>
    <message>
        <source>Highest remaining value</source>
        <translation>剩余价值最高</translation>
    </message>
    <message>
        <source>{tier}, remaining value {money}</source>
        <translation>{tier}，剩余价值 {money}</translation>
    </message>
</context>
<context>
    <name>ValueTabs</name>
    <message>
        <source>Value</source>
        <translation>客户价值</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>蓄水池</translation>
    </message>
    <message>
        <source>Replacement window</source>
        <translation>换车窗口</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>In-flow</source>
        <translation>流入</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Remaining value</source>
        <translation>剩余价值</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>In the pool</source>
        <translation>池内客户</translation>
    </message>
    <message>
        <source>Out-flow</source>
        <translation>流出</translation>
    </message>
    <message>
        <source>In : out</source>
        <translation>流入 : 流出</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>保有率</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>换车窗口</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>销售顾问</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>成交</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>战败</translation>
    </message>
    <message>
        <source>Revisits on time</source>
        <translation>售后按时回访</translation>
    </message>
    <message>
        <source>Money spent</source>
        <translation>消费金额</translation>
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
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Came to the shop</source>
        <translation>到店</translation>
    </message>
    <message>
        <source>Shop visits</source>
        <translation>到店</translation>
    </message>
    <message>
        <source>Cars sold</source>
        <translation>成交车辆</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>消费金额</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>介绍人</translation>
    </message>
    <message>
        <source>Customers referred</source>
        <translation>转介绍客户数</translation>
    </message>
    <message>
        <source>Of whom bought</source>
        <translation>其中成交</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>Show the last</source>
        <translation>显示最近</translation>
    </message>
    <message>
        <source>{n} months</source>
        <translation>{n} 个月</translation>
    </message>
    <message>
        <source>The figures could not be computed: {error}</source>
        <translation>数字未能算出：{error}</translation>
    </message>
    <message>
        <source>In-flow and out-flow, last {n} months</source>
        <translation>近 {n} 个月流入与流出</translation>
    </message>
    <message>
        <source>&lt;b&gt;{size}&lt;/b&gt; customers in the pool at the end of {month}. A customer enters with a purchase or service visit and leaves a year after their last one.</source>
        <translation>{month} 月末蓄水池内有 &lt;b&gt;{size}&lt;/b&gt; 位客户。客户因购车或到店消费进入，最后一次消费一年后流出。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n}&lt;/b&gt; customers whose car reaches the shop&apos;s usual holding time ({months} months) in the next 90 days, and &lt;b&gt;{m}&lt;/b&gt; whose car is past it: a good moment to offer the next car.</source>
        <translation>&lt;b&gt;{n}&lt;/b&gt; 位客户的车将在 90 天内达到本店常见的持有时长（{months} 个月），另有 &lt;b&gt;{m}&lt;/b&gt; 位客户的车已超过：正是推荐下一台车的好时机。</translation>
    </message>
    <message>
        <source>Leads, shop visits, cars sold and money by source from {start} to {end}; on the right, who referred the most customers, and below them whom the one you choose referred.</source>
        <translation>{start} 至 {end} 各来源的线索、到店、成交与消费金额；右侧为转介绍最多的客户，选中一位，下方列出其介绍来的客户。</translation>
    </message>
    <message>
        <source>Leads, shop visits, deals and lost, last 12 months</source>
        <translation>近 12 个月新增线索、到店、成交与战败</translation>
    </message>
    <message>
        <source>The Reports figures month by month, the latest first: counted as the Funnel tab counts one month; money spent is cars, service visits and card spending.</source>
        <translation>报表各项数字按月列出，最近的在前：口径与“销售漏斗”页的单月统计相同；消费金额包括购车、到店消费和会员卡消费。</translation>
    </message>
    <message>
        <source>in it since {day}</source>
        <translation>{day} 起已进入</translation>
    </message>
    <message>
        <source>enters on {day}</source>
        <translation>{day} 进入</translation>
    </message>
</context>
</TS>
