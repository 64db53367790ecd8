<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CustomerRemindersTab</name>
    <message>
        <source>Coming up (next 12 months)</source>
        <translation>即将到来（今后 12 个月）</translation>
    </message>
    <message>
        <source>My reminders for this customer</source>
        <translation>我给这位客户设的提醒</translation>
    </message>
    <message>
        <source>e.g. call about the SUV they wanted</source>
        <translation>例如：打电话问问他想要的那台 SUV</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Reminders switched off</source>
        <translation>已停止的提醒</translation>
    </message>
    <message>
        <source>Remind again</source>
        <translation>恢复提醒</translation>
    </message>
    <message>
        <source>{0}: off since {1} ({2})</source>
        <translation>{0}：{1} 起停止（{2}）</translation>
    </message>
</context>
<context>
    <name>FollowUpDoneDialog</name>
    <message>
        <source>Done: log a follow-up</source>
        <translation>完成并记录跟进</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>沟通内容</translation>
    </message>
    <message>
        <source>Next follow-up on</source>
        <translation>下次跟进日期</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
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
        <source>Notes</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>GroupedCallsModel</name>
    <message>
        <source>{group} ({count})</source>
        <translation>{group}（{count}）</translation>
    </message>
</context>
<context>
    <name>ReminderActionBar</name>
    <message>
        <source>Open customer</source>
        <translation>打开客户</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Done and log a follow-up…</source>
        <translation>完成并记录跟进…</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>稍后提醒</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>复制话术</translation>
    </message>
    <message>
        <source>Copy in {}</source>
        <translation>复制{}版</translation>
    </message>
    <message>
        <source>Stop reminding</source>
        <translation>不再提醒</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 天后</translation>
    </message>
    <message>
        <source>3 days</source>
        <translation>3 天后</translation>
    </message>
    <message>
        <source>A week</source>
        <translation>一周后</translation>
    </message>
    <message>
        <source>Choose a date…</source>
        <translation>选择日期…</translation>
    </message>
    <message>
        <source>Marked done: {}</source>
        <translation>已完成：{}</translation>
    </message>
    <message>
        <source>Done and follow-up logged: {}</source>
        <translation>已完成并记录跟进：{}</translation>
    </message>
    <message>
        <source>Snoozed: {}</source>
        <translation>已推迟：{}</translation>
    </message>
    <message>
        <source>No more reminders of this kind for {} (undo on the customer page)</source>
        <translation>{} 不再提醒这一类（可在客户页面恢复）</translation>
    </message>
    <message>
        <source>Copied, ready to paste into WeChat or SMS: {}</source>
        <translation>已复制，可粘贴到微信或短信：{}</translation>
    </message>
</context>
<context>
    <name>ReminderSettingsPage</name>
    <message>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Start reminding this many days before</source>
        <translation>提前几天开始提醒</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Remind when nobody has called for more than</source>
        <translation>超过多少天未联系就提醒</translation>
    </message>
    <message>
        <source>After-sale customers</source>
        <translation>已成交客户（售后）</translation>
    </message>
    <message>
        <source>Ready messages</source>
        <translation>话术模板</translation>
    </message>
    <message>
        <source>Placeholders: {}</source>
        <translation>可用占位符：{}</translation>
    </message>
    <message>
        <source>Use the built-in text</source>
        <translation>恢复默认话术</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>提醒类型</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>ReminderTableModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>提醒</translation>
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
        <source>What about</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>业务员</translation>
    </message>
</context>
<context>
    <name>ReminderTray</name>
    <message>
        <source>Open today&apos;s calls</source>
        <translation>打开今日待办</translation>
    </message>
    <message>
        <source>{0} calls due today, {1} overdue</source>
        <translation>今天待联系 {0} 条，逾期 {1} 条</translation>
    </message>
    <message>
        <source>DealerDesk</source>
        <translation>车商客户管家</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Compulsory insurance</source>
        <translation>交强险到期</translation>
    </message>
    <message>
        <source>Commercial insurance</source>
        <translation>商业险到期</translation>
    </message>
    <message>
        <source>Annual inspection</source>
        <translation>年审到期</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>After-sale revisit</source>
        <translation>售后回访</translation>
    </message>
    <message>
        <source>Membership expiry</source>
        <translation>会员卡到期</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>保养</translation>
    </message>
    <message>
        <source>Warranty expiry</source>
        <translation>质保到期</translation>
    </message>
    <message>
        <source>Manual reminder</source>
        <translation>手动提醒</translation>
    </message>
    <message>
        <source>Not contacted</source>
        <translation>久未联系</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Not contacted for too long</source>
        <translation>久未联系</translation>
    </message>
    <message>
        <source>{} is not a kind of reminder</source>
        <translation>{} 不是一种提醒</translation>
    </message>
    <message>
        <source>Choose between 0 and 366 days ahead</source>
        <translation>请选择今后 0 到 366 天</translation>
    </message>
    <message>
        <source>This reminder no longer exists</source>
        <translation>这条提醒已不存在</translation>
    </message>
    <message>
        <source>Snooze for at least one day</source>
        <translation>至少推迟一天</translation>
    </message>
    <message>
        <source>Choose a day after today</source>
        <translation>请选择今天以后的日期</translation>
    </message>
    <message>
        <source>Snooze for at most a year</source>
        <translation>最多推迟一年</translation>
    </message>
    <message>
        <source>A brace { or } is not closed; write placeholders like {name}</source>
        <translation>有未闭合的括号 { 或 }，占位符请写成 {name} 这样</translation>
    </message>
    <message>
        <source>Unknown placeholder {{{}}}; use {}</source>
        <translation>不认识的占位符 {{{}}}，可用：{}</translation>
    </message>
    <message>
        <source>Compulsory insurance expires {date}</source>
        <translation>交强险 {date} 到期</translation>
    </message>
    <message>
        <source>Compulsory insurance expired {date}</source>
        <translation>交强险已于 {date} 到期</translation>
    </message>
    <message>
        <source>Commercial insurance expires {date}</source>
        <translation>商业险 {date} 到期</translation>
    </message>
    <message>
        <source>Commercial insurance expired {date}</source>
        <translation>商业险已于 {date} 到期</translation>
    </message>
    <message>
        <source>Annual inspection due {date}</source>
        <translation>年审 {date} 到期</translation>
    </message>
    <message>
        <source>Annual inspection overdue since {date}</source>
        <translation>年审已于 {date} 逾期</translation>
    </message>
    <message>
        <source>Maintenance due {date}</source>
        <translation>{date} 该保养了</translation>
    </message>
    <message>
        <source>Maintenance overdue since {date}</source>
        <translation>保养已于 {date} 逾期</translation>
    </message>
    <message>
        <source>Warranty expires {date}</source>
        <translation>质保 {date} 到期</translation>
    </message>
    <message>
        <source>Warranty expired {date}</source>
        <translation>质保已于 {date} 到期</translation>
    </message>
    <message>
        <source>Follow-up planned for {date}</source>
        <translation>计划 {date} 跟进</translation>
    </message>
    <message>
        <source>Follow-up overdue since {date}</source>
        <translation>跟进已逾期（原定 {date}）</translation>
    </message>
    <message>
        <source>Membership card {card} expires {date}</source>
        <translation>会员卡 {card} {date} 到期</translation>
    </message>
    <message>
        <source>Membership card {card} expired {date}</source>
        <translation>会员卡 {card} 已于 {date} 到期</translation>
    </message>
    <message>
        <source>Last contact {date}, {days} days ago (limit {limit})</source>
        <translation>上次联系 {date}，已 {days} 天（上限 {limit} 天）</translation>
    </message>
    <message>
        <source>Added {date}, never contacted ({days} days, limit {limit})</source>
        <translation>{date} 录入，从未联系（已 {days} 天，上限 {limit} 天）</translation>
    </message>
    <message>
        <source>Birthday {date}</source>
        <translation>生日 {date}</translation>
    </message>
    <message>
        <source>Birthday {date}, turns {age}</source>
        <translation>生日 {date}，{age} 岁</translation>
    </message>
    <message>
        <source>Lunar birthday {lunar} ({date})</source>
        <translation>农历生日 {lunar}（公历 {date}）</translation>
    </message>
    <message>
        <source>Revisit {days} days after the deal</source>
        <translation>成交后 {days} 天回访</translation>
    </message>
    <message>
        <source>After-sale revisit: {label}</source>
        <translation>售后回访：{label}</translation>
    </message>
    <message>
        <source>{text} ({car})</source>
        <translation>{text}（{car}）</translation>
    </message>
    <message>
        <source>Write what the reminder is about.</source>
        <translation>请写明提醒内容。</translation>
    </message>
    <message>
        <source>Keep it under 200 characters.</source>
        <translation>请不要超过 200 个字。</translation>
    </message>
    <message>
        <source>Choose the day to be reminded.</source>
        <translation>请选择提醒日期。</translation>
    </message>
    <message>
        <source>Choose a day within five years.</source>
        <translation>请选择五年以内的日期。</translation>
    </message>
    <message>
        <source>This customer no longer exists.</source>
        <translation>该客户已不存在。</translation>
    </message>
    <message>
        <source>This car is not the customer&apos;s.</source>
        <translation>这辆车不属于该客户。</translation>
    </message>
    <message>
        <source>This kind has no message</source>
        <translation>这类提醒没有话术模板</translation>
    </message>
    <message>
        <source>This kind has no lead time</source>
        <translation>这类提醒没有提前天数</translation>
    </message>
    <message>
        <source>Enter 0 to 180 days</source>
        <translation>请输入 0 到 180 天</translation>
    </message>
    <message>
        <source>Enter 1 to 365 days</source>
        <translation>请输入 1 到 365 天</translation>
    </message>
</context>
<context>
    <name>RemindersScreen</name>
    <message>
        <source>My customers</source>
        <translation>我的客户</translation>
    </message>
    <message>
        <source>Whole shop</source>
        <translation>全店</translation>
    </message>
    <message>
        <source>Overdue and today</source>
        <translation>逾期和今天</translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation>今后 7 天</translation>
    </message>
    <message>
        <source>Next 30 days</source>
        <translation>今后 30 天</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>All reminders</source>
        <translation>全部提醒</translation>
    </message>
    <message>
        <source>today {0} · 7 days {1} · 30 days {2}</source>
        <translation>今天 {0} · 7天 {1} · 30天 {2}</translation>
    </message>
    <message>
        <source>overdue {0} · </source>
        <translation>逾期 {0} · </translation>
    </message>
    <message>
        <source>{0} reminders, {1} overdue</source>
        <translation>共 {0} 条提醒，逾期 {1} 条</translation>
    </message>
    <message>
        <source>Nothing to remind you of here. Reminders come from birthdays, insurance and inspection dates, follow-ups and your own notes on a customer&apos;s page.</source>
        <translation>这里暂时没有提醒。提醒来自客户生日、保险和年审日期、跟进计划，以及您在客户页面添加的提醒。</translation>
    </message>
</context>
<context>
    <name>SnoozeDateDialog</name>
    <message>
        <source>Snooze until</source>
        <translation>推迟到</translation>
    </message>
    <message>
        <source>Remind me again on:</source>
        <translation>哪天再提醒我：</translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message>
        <source>My calls</source>
        <translation>我的待办</translation>
    </message>
    <message>
        <source>Whole shop</source>
        <translation>全店</translation>
    </message>
    <message>
        <source>Record a service visit…</source>
        <translation>登记到店消费…</translation>
    </message>
    <message>
        <source>A service visit of the selected customer (V)</source>
        <translation>为选中的客户登记到店消费 (V)</translation>
    </message>
    <message>
        <source>All reminders…</source>
        <translation>全部提醒…</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Keys: ↑↓ next call · Enter open · D done · S snooze a day · C copy message · V service visit</source>
        <translation>快捷键：↑↓ 切换 · Enter 打开客户 · D 已完成 · S 推迟一天 · C 复制话术 · V 登记到店</translation>
    </message>
    <message>
        <source>{group} {count}</source>
        <translation>{group} {count}</translation>
    </message>
    <message>
        <source>Print today&apos;s call list</source>
        <translation>打印今日联系清单</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>No calls due today. New reminders appear here as birthdays, renewals and follow-ups come due.</source>
        <translation>今天没有要联系的客户。生日、续保和跟进到期时，提醒会出现在这里。</translation>
    </message>
</context>
</TS>
