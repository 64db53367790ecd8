<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>CardNumber</name>
    <message>
        <source>The card prefix must be 1 to 4 Latin letters, e.g. VIP.</source>
        <translation>卡号前缀须为1至4个英文字母，例如 VIP。</translation>
    </message>
    <message>
        <source>Card sequence numbers start at 1.</source>
        <translation>卡号流水号从1开始。</translation>
    </message>
    <message>
        <source>A card number is letters followed by at least 7 digits.</source>
        <translation>卡号由字母加至少7位数字组成。</translation>
    </message>
    <message>
        <source>This card number has a typing mistake (its check digit is wrong).</source>
        <translation>卡号输入有误（校验位不对）。</translation>
    </message>
</context>
<context>
    <name>CardOperationDialog</name>
    <message>
        <source>Top up stored value</source>
        <translation>储值充值</translation>
    </message>
    <message>
        <source>Record spending</source>
        <translation>登记消费</translation>
    </message>
    <message>
        <source>Redeem points</source>
        <translation>积分兑换</translation>
    </message>
    <message>
        <source>Sell a package</source>
        <translation>销售套餐</translation>
    </message>
    <message>
        <source>Use a package service</source>
        <translation>核销套餐服务</translation>
    </message>
    <message>
        <source>Renew card</source>
        <translation>会员卡续费</translation>
    </message>
    <message>
        <source>Change level</source>
        <translation>变更等级</translation>
    </message>
    <message>
        <source>Freeze card</source>
        <translation>冻结会员卡</translation>
    </message>
    <message>
        <source>Unfreeze card</source>
        <translation>解冻会员卡</translation>
    </message>
    <message>
        <source>Cancel card</source>
        <translation>注销会员卡</translation>
    </message>
    <message>
        <source>Card {no} · {name} · {level} · {status}</source>
        <translation>卡号 {no} · {name} · {level} · {status}</translation>
    </message>
    <message>
        <source>Stored balance</source>
        <translation>储值余额</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>optional, e.g. 100 for 充1000送100</source>
        <translation>选填，如充1000送100则填100</translation>
    </message>
    <message>
        <source>Amount paid (yuan)</source>
        <translation>实收金额（元）</translation>
    </message>
    <message>
        <source>Bonus (yuan)</source>
        <translation>赠送金额（元）</translation>
    </message>
    <message>
        <source>Pay from the stored balance</source>
        <translation>从储值余额扣款</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>Labour</source>
        <translation>工时</translation>
    </message>
    <message>
        <source>List price (yuan)</source>
        <translation>原价（元）</translation>
    </message>
    <message>
        <source>Member discount</source>
        <translation>会员折扣</translation>
    </message>
    <message>
        <source>parts {parts}% off, labour {labour}% off</source>
        <translation>配件优惠 {parts}%，工时优惠 {labour}%</translation>
    </message>
    <message>
        <source>Amount to pay (yuan)</source>
        <translation>应付金额（元）</translation>
    </message>
    <message>
        <source>Points to redeem</source>
        <translation>兑换积分</translation>
    </message>
    <message>
        <source>{name} · {uses} services · {price}</source>
        <translation>{name} · {uses} 次 · {price}</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>套餐</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>不限期</translation>
    </message>
    <message>
        <source>{name} · {left} of {total} left · until {date}</source>
        <translation>{name} · 剩余 {left}/{total} 次 · 有效期至 {date}</translation>
    </message>
    <message>
        <source>Renewal fee</source>
        <translation>续费金额</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>{name} · fee {fee}</source>
        <translation>{name} · 卡费 {fee}</translation>
    </message>
    <message>
        <source>New level</source>
        <translation>新等级</translation>
    </message>
    <message>
        <source>A frozen card cannot be used until it is unfrozen.</source>
        <translation>冻结后，解冻前该卡不能使用。</translation>
    </message>
    <message>
        <source>Refund at the desk: {amount}. Points ({points}) and unused package services lapse. This cannot be undone.</source>
        <translation>前台退还储值余额：{amount}。积分（{points}）及未使用的套餐次数作废。注销后不能恢复。</translation>
    </message>
    <message>
        <source>After: balance {balance}, points {points}</source>
        <translation>操作后：余额 {balance}，积分 {points}</translation>
    </message>
    <message>
        <source>The stored balance is not enough for this.</source>
        <translation>储值余额不足。</translation>
    </message>
    <message>
        <source>No package types are on sale: add them in Settings.</source>
        <translation>暂无在售套餐，请在“设置”中添加。</translation>
    </message>
    <message>
        <source>This card has no package services left.</source>
        <translation>该卡没有可用的套餐次数。</translation>
    </message>
    <message>
        <source>After: {name}, {left} services left</source>
        <translation>核销后：{name} 剩余 {left} 次</translation>
    </message>
    <message>
        <source>To pay at the desk: {amount}</source>
        <translation>前台应收：{amount}</translation>
    </message>
    <message>
        <source>To refund at the desk: {amount}</source>
        <translation>前台应退：{amount}</translation>
    </message>
</context>
<context>
    <name>CardTableModel</name>
    <message>
        <source>Card no.</source>
        <translation>卡号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>储值余额</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Services left</source>
        <translation>套餐剩余次数</translation>
    </message>
</context>
<context>
    <name>CardView</name>
    <message>
        <source>Top up</source>
        <translation>充值</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>消费</translation>
    </message>
    <message>
        <source>Redeem points</source>
        <translation>积分兑换</translation>
    </message>
    <message>
        <source>Sell package</source>
        <translation>售套餐</translation>
    </message>
    <message>
        <source>Use package</source>
        <translation>核销套餐</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>续费</translation>
    </message>
    <message>
        <source>Change level</source>
        <translation>变更等级</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>冻结</translation>
    </message>
    <message>
        <source>Unfreeze</source>
        <translation>解冻</translation>
    </message>
    <message>
        <source>Cancel card</source>
        <translation>注销会员卡</translation>
    </message>
    <message>
        <source>Print card…</source>
        <translation>打印会员卡…</translation>
    </message>
    <message>
        <source>Stored balance</source>
        <translation>储值余额</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>流水明细</translation>
    </message>
    <message>
        <source>Reverse entry…</source>
        <translation>冲正…</translation>
    </message>
    <message>
        <source>Issued {issued} · valid until {expires}</source>
        <translation>开卡 {issued} · 有效期至 {expires}</translation>
    </message>
    <message>
        <source>{name}: {left} of {total} left</source>
        <translation>{name}：剩余 {left}/{total} 次</translation>
    </message>
    <message>
        <source>No package services left.</source>
        <translation>无剩余套餐次数。</translation>
    </message>
    <message>
        <source>Saved. Card {no}: balance {balance}, points {points}</source>
        <translation>已保存。卡号 {no}：余额 {balance}，积分 {points}</translation>
    </message>
</context>
<context>
    <name>CustomerMembershipTab</name>
    <message>
        <source>Issue card…</source>
        <translation>办理会员卡…</translation>
    </message>
    <message>
        <source>No membership card yet. Issue one to give this customer member prices, points and stored value.</source>
        <translation>该客户还没有会员卡。办卡后可享会员价、积分和储值。</translation>
    </message>
    <message>
        <source>Membership card {no}</source>
        <translation>会员卡 {no}</translation>
    </message>
    <message>
        <source>Earlier cards: {cards}</source>
        <translation>历史会员卡：{cards}</translation>
    </message>
</context>
<context>
    <name>DaySummaryDialog</name>
    <message>
        <source>Day summary</source>
        <translation>日结汇总</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Reversals count against the entry they reverse. “Net at desk” is the money taken minus the money paid back.</source>
        <translation>冲正记录计入被冲正的项目。“前台净收”为实收金额减去退款。</translation>
    </message>
    <message>
        <source>Nothing was recorded on this day.</source>
        <translation>当天没有会员卡业务。</translation>
    </message>
</context>
<context>
    <name>DaySummaryModel</name>
    <message>
        <source>Operator</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Card fees</source>
        <translation>卡费</translation>
    </message>
    <message>
        <source>Top-ups</source>
        <translation>充值</translation>
    </message>
    <message>
        <source>Packages sold</source>
        <translation>套餐销售</translation>
    </message>
    <message>
        <source>Spent from balance</source>
        <translation>储值消费</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Net at desk</source>
        <translation>前台净收</translation>
    </message>
    <message>
        <source>Points given</source>
        <translation>赠送积分</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>笔数</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>IssueCardDialog</name>
    <message>
        <source>Issue a membership card</source>
        <translation>办理会员卡</translation>
    </message>
    <message>
        <source>Name, pinyin initials, phone or plate</source>
        <translation>姓名、拼音首字母、手机号或车牌</translation>
    </message>
    <message>
        <source>Find customer</source>
        <translation>查找客户</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>{name} · fee {fee} · {years} year(s)</source>
        <translation>{name} · 卡费 {fee} · {years} 年</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>会员权益</translation>
    </message>
    <message>
        <source>No levels are set up: add them in Settings.</source>
        <translation>还没有设置会员等级，请在“设置”中添加。</translation>
    </message>
    <message>
        <source>Fee to take at the desk: {fee} · valid until {date}</source>
        <translation>前台应收卡费：{fee} · 有效期至 {date}</translation>
    </message>
</context>
<context>
    <name>LedgerTableModel</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>储值</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>前台收付</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Change of the stored value</source>
        <translation>储值余额的变动</translation>
    </message>
    <message>
        <source>Money taken (or paid back) at the desk</source>
        <translation>前台实收（或退还）的钱</translation>
    </message>
    <message>
        <source>Package uses added or used</source>
        <translation>套餐次数的增加或使用</translation>
    </message>
    <message>
        <source>Stored balance after this entry</source>
        <translation>本笔之后的储值余额</translation>
    </message>
    <message>
        <source>reverses no. {id}</source>
        <translation>冲正第 {id} 笔</translation>
    </message>
    <message>
        <source>reversed by no. {id}</source>
        <translation>已被第 {id} 笔冲正</translation>
    </message>
</context>
<context>
    <name>LevelDialog</name>
    <message>
        <source>Edit level</source>
        <translation>编辑等级</translation>
    </message>
    <message>
        <source>New level</source>
        <translation>新等级</translation>
    </message>
    <message>
        <source>{n} year(s)</source>
        <translation>{n} 年</translation>
    </message>
    <message>
        <source>Offered for new cards</source>
        <translation>可用于新办卡</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Fee (yuan)</source>
        <translation>卡费（元）</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>Parts discount</source>
        <translation>配件优惠</translation>
    </message>
    <message>
        <source>Labour discount</source>
        <translation>工时优惠</translation>
    </message>
    <message>
        <source>Points per ¥100 spent</source>
        <translation>每消费100元积分</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>会员权益</translation>
    </message>
    <message>
        <source>Colour of the printed card</source>
        <translation>卡面颜色</translation>
    </message>
    <message>
        <source>Card colour</source>
        <translation>卡面颜色</translation>
    </message>
</context>
<context>
    <name>LevelTableModel</name>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>卡费</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>Parts discount</source>
        <translation>配件优惠</translation>
    </message>
    <message>
        <source>Labour discount</source>
        <translation>工时优惠</translation>
    </message>
    <message>
        <source>Points per ¥100</source>
        <translation>每100元积分</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>会员权益</translation>
    </message>
    <message>
        <source>{n} year(s)</source>
        <translation>{n} 年</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>MembersScreen</name>
    <message>
        <source>Card no., name or phone</source>
        <translation>卡号、姓名或手机号</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Expires within 30 days</source>
        <translation>30天内到期</translation>
    </message>
    <message>
        <source>Issue card…</source>
        <translation>办理会员卡…</translation>
    </message>
    <message>
        <source>Day summary…</source>
        <translation>日结汇总…</translation>
    </message>
    <message>
        <source>Print cards…</source>
        <translation>打印会员卡…</translation>
    </message>
    <message>
        <source>The chosen cards (Ctrl or Shift for several), ten to an A4 sheet with cut marks</source>
        <translation>打印选中的会员卡（按住 Ctrl 或 Shift 可多选），每张 A4 纸 10 张，带裁切线</translation>
    </message>
    <message>
        <source>No card chosen</source>
        <translation>未选择会员卡</translation>
    </message>
    <message>
        <source>Choose a card in the list above to see its balance, packages and ledger, and to top up, record spending or renew it.</source>
        <translation>在上方列表中选一张卡，即可查看余额、套餐和流水，并办理充值、消费或续卡。</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <source>No card matches these filters.</source>
        <translation>没有符合筛选条件的会员卡。</translation>
    </message>
    <message>
        <source>No membership cards yet: choose “Issue card…” to give a customer their first card.</source>
        <translation>还没有会员卡：点击“办理会员卡…”为客户办理第一张卡。</translation>
    </message>
</context>
<context>
    <name>Membership</name>
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
        <source>Card issued</source>
        <translation>开卡</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>续费</translation>
    </message>
    <message>
        <source>Level changed</source>
        <translation>变更等级</translation>
    </message>
    <message>
        <source>Unfrozen</source>
        <translation>解冻</translation>
    </message>
    <message>
        <source>Top-up</source>
        <translation>充值</translation>
    </message>
    <message>
        <source>Spending</source>
        <translation>消费</translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <translation>积分兑换</translation>
    </message>
    <message>
        <source>Package sold</source>
        <translation>购买套餐</translation>
    </message>
    <message>
        <source>Service used</source>
        <translation>套餐核销</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>冲正</translation>
    </message>
    <message>
        <source>The stored balance is not enough for this.</source>
        <translation>储值余额不足。</translation>
    </message>
    <message>
        <source>There are not enough points for this.</source>
        <translation>积分不足。</translation>
    </message>
    <message>
        <source>This package has no services left.</source>
        <translation>该套餐已没有剩余次数。</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>（未记录）</translation>
    </message>
    <message>
        <source>Choose a level from the list.</source>
        <translation>请从列表中选择等级。</translation>
    </message>
    <message>
        <source>Choose a customer.</source>
        <translation>请选择客户。</translation>
    </message>
    <message>
        <source>{name} already has card {card_no} ({status}): renew or change that card instead.</source>
        <translation>{name} 已有会员卡 {card_no}（{status}）：请对该卡续费或变更等级。</translation>
    </message>
    <message>
        <source>This card is already paid up until {date}.</source>
        <translation>该卡已续费至 {date}。</translation>
    </message>
    <message>
        <source>Valid until {date}</source>
        <translation>有效期至 {date}</translation>
    </message>
    <message>
        <source>The card already has this level.</source>
        <translation>该卡已是此等级。</translation>
    </message>
    <message>
        <source>Unused services lapse with the card</source>
        <translation>注销会员卡，未用套餐次数作废</translation>
    </message>
    <message>
        <source>The note is too long (at most 200 characters).</source>
        <translation>备注太长（最多200字）。</translation>
    </message>
    <message>
        <source>Please enter a whole amount.</source>
        <translation>请输入准确的金额。</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>金额必须大于零。</translation>
    </message>
    <message>
        <source>The amount is too large (at most {limit}).</source>
        <translation>金额过大（最多 {limit}）。</translation>
    </message>
    <message>
        <source>This card no longer exists.</source>
        <translation>该会员卡已不存在。</translation>
    </message>
    <message>
        <source>This card is active: it is not frozen.</source>
        <translation>该卡状态正常，未被冻结。</translation>
    </message>
    <message>
        <source>This card is frozen: unfreeze it first.</source>
        <translation>该卡已冻结，请先解冻。</translation>
    </message>
    <message>
        <source>This card expired on {date}: renew it first.</source>
        <translation>该卡已于 {date} 到期，请先续费。</translation>
    </message>
    <message>
        <source>This card is cancelled: nothing more can be done with it.</source>
        <translation>该卡已注销，不能再办理业务。</translation>
    </message>
    <message>
        <source>The bonus must be between zero and the amount paid.</source>
        <translation>赠送金额须在0与实收金额之间。</translation>
    </message>
    <message>
        <source>The stored balance is {balance}: not enough to pay {amount}.</source>
        <translation>储值余额为 {balance}，不足以支付 {amount}。</translation>
    </message>
    <message>
        <source>The card has {have} points: not enough to redeem {want}.</source>
        <translation>该卡积分为 {have}，不足以兑换 {want}。</translation>
    </message>
    <message>
        <source>Choose a package from the list.</source>
        <translation>请从列表中选择套餐。</translation>
    </message>
    <message>
        <source>This package expired on {date}.</source>
        <translation>该套餐已于 {date} 到期。</translation>
    </message>
    <message>
        <source>Please say why this entry is reversed.</source>
        <translation>请填写冲正原因。</translation>
    </message>
    <message>
        <source>This entry no longer exists.</source>
        <translation>该记录已不存在。</translation>
    </message>
    <message>
        <source>Card events are not reversed: use the opposite action (unfreeze, change the level back, ...).</source>
        <translation>开卡、续费、变更等级等卡务操作不能冲正，请办理相反的操作（解冻、改回原等级等）。</translation>
    </message>
    <message>
        <source>This entry has already been reversed.</source>
        <translation>该记录已经冲正过。</translation>
    </message>
    <message>
        <source>This entry pays a service visit: change or delete the visit on the customer's page, and its payment is reversed with it.</source>
        <translation>此记录是一次到店消费的付款：请在客户页修改或删除该到店记录，付款会随之冲正。</translation>
    </message>
    <message>
        <source>Services of this package have been used: reverse those first.</source>
        <translation>该套餐已有核销记录，请先冲正核销记录。</translation>
    </message>
</context>
<context>
    <name>MembershipSettingsPage</name>
    <message>
        <source>Membership cards</source>
        <translation>会员卡</translation>
    </message>
    <message>
        <source>Card levels</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>Prepaid service packages</source>
        <translation>预付服务套餐</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Card numbers</source>
        <translation>会员卡号</translation>
    </message>
    <message>
        <source>Save prefix</source>
        <translation>保存前缀</translation>
    </message>
    <message>
        <source>Prefix (1-4 letters)</source>
        <translation>卡号前缀（1-4个字母）</translation>
    </message>
    <message>
        <source>New cards get the prefix, a running number and a check digit, e.g. VIP 000012 9. Cards already issued keep their numbers.</source>
        <translation>新卡号由前缀、流水号和校验位组成，例如 VIP 000012 9。已发的卡号不变。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>MembershipSetup</name>
    <message>
        <source>Please enter a name.</source>
        <translation>请输入名称。</translation>
    </message>
    <message>
        <source>The name is too long (at most 20 characters).</source>
        <translation>名称太长（最多20个字）。</translation>
    </message>
    <message>
        <source>Another one already has this name.</source>
        <translation>已有同名项目。</translation>
    </message>
    <message>
        <source>The fee must be between 0 and 100,000 yuan.</source>
        <translation>卡费须在0至100,000元之间。</translation>
    </message>
    <message>
        <source>The term is 1, 2 or 3 years.</source>
        <translation>有效期为1、2或3年。</translation>
    </message>
    <message>
        <source>A discount is between 0 and 100 percent.</source>
        <translation>优惠比例须在0至100%之间。</translation>
    </message>
    <message>
        <source>Points per 100 yuan are between 0 and 1000.</source>
        <translation>每100元积分须在0至1000之间。</translation>
    </message>
    <message>
        <source>Choose a colour for the printed card.</source>
        <translation>请选择卡面颜色。</translation>
    </message>
    <message>
        <source>The number of services is 1 to 1000.</source>
        <translation>次数须在1至1000之间。</translation>
    </message>
    <message>
        <source>The price must be between 0 and 100,000 yuan.</source>
        <translation>价格须在0至100,000元之间。</translation>
    </message>
    <message>
        <source>The term is 0 (no limit) to 120 months.</source>
        <translation>有效期为0（不限）至120个月。</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>{} is not an amount: write it like 12.5</source>
        <translation>“{}”不是金额：请写成 12.5 这样的数字</translation>
    </message>
    <message>
        <source>{} is not an amount in yuan: write it like 12,345.60</source>
        <translation>“{}”不是以元为单位的金额：请写成 12,345.60 这样的数字</translation>
    </message>
    <message>
        <source>Amounts must be exact: type the amount as text.</source>
        <translation>金额必须准确，请以文字输入金额。</translation>
    </message>
    <message>
        <source>Please enter an amount.</source>
        <translation>请输入金额。</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>Use at most two decimals (fen).</source>
        <translation>最多保留两位小数（到分）。</translation>
    </message>
    <message>
        <source>The amount is too large (at most {limit}).</source>
        <translation>金额过大（最多 {limit}）。</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>金额必须大于零。</translation>
    </message>
</context>
<context>
    <name>PackageTableModel</name>
    <message>
        <source>Package</source>
        <translation>套餐</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>On sale</source>
        <translation>在售</translation>
    </message>
    <message>
        <source>{n} month(s)</source>
        <translation>{n} 个月</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>不限期</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>PackageTypeDialog</name>
    <message>
        <source>Edit package</source>
        <translation>编辑套餐</translation>
    </message>
    <message>
        <source>New package</source>
        <translation>新增套餐</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>不限期</translation>
    </message>
    <message>
        <source>On sale</source>
        <translation>在售</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Price (yuan)</source>
        <translation>价格（元）</translation>
    </message>
    <message>
        <source>Valid for (months)</source>
        <translation>有效期（月）</translation>
    </message>
</context>
<context>
    <name>ReverseEntryDialog</name>
    <message>
        <source>Reverse entry</source>
        <translation>冲正</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>原记录</translation>
    </message>
    <message>
        <source>No. {id} · {kind} · {when}</source>
        <translation>第 {id} 笔 · {kind} · {when}</translation>
    </message>
    <message>
        <source>stored value {amount}</source>
        <translation>储值 {amount}</translation>
    </message>
    <message>
        <source>at the desk {amount}</source>
        <translation>前台 {amount}</translation>
    </message>
    <message>
        <source>points {points:+,}</source>
        <translation>积分 {points:+,}</translation>
    </message>
    <message>
        <source>services {uses:+}</source>
        <translation>次数 {uses:+}</translation>
    </message>
    <message>
        <source>The reversal writes</source>
        <translation>冲正将记录</translation>
    </message>
    <message>
        <source>The entry stays in the ledger; a new entry cancels it out.</source>
        <translation>原记录保留在流水中，由一笔新的冲正记录抵消。</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>原因（必填）</translation>
    </message>
</context>
<context>
    <name>_BaseDialog</name>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
</TS>