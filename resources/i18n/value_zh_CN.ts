<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Value</name>
    <message>
        <source>Maintenance</source>
        <translation>保养</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>维修</translation>
    </message>
    <message>
        <source>Detailing</source>
        <translation>美容</translation>
    </message>
    <message>
        <source>Insurance renewal</source>
        <translation>保险续保</translation>
    </message>
    <message>
        <source>Accessories</source>
        <translation>精品</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Paid at the desk</source>
        <translation>前台付款</translation>
    </message>
    <message>
        <source>Card stored value</source>
        <translation>会员卡储值</translation>
    </message>
    <message>
        <source>Package use</source>
        <translation>套餐消费</translation>
    </message>
    <message>
        <source>High value</source>
        <translation>高价值</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>忠诚</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>流失</translation>
    </message>
    <message>
        <source>Window for R, F and M</source>
        <translation>R、F、M 统计期</translation>
    </message>
    <message>
        <source>months</source>
        <translation>个月</translation>
    </message>
    <message>
        <source>Lost after no purchase for</source>
        <translation>无消费多久算流失</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>Loyal from purchases in the window</source>
        <translation>统计期内消费几次算忠诚</translation>
    </message>
    <message>
        <source>times</source>
        <translation>次</translation>
    </message>
    <message>
        <source>High value from money score (M)</source>
        <translation>高价值：金额评分（M）至少</translation>
    </message>
    <message>
        <source>... and recency score (R)</source>
        <translation>……且近度评分（R）至少</translation>
    </message>
    <message>
        <source>Holding time until learned</source>
        <translation>持有时长（学到之前）</translation>
    </message>
    <message>
        <source>Repeat buyers needed to learn it</source>
        <translation>需要多少复购客户才学习</translation>
    </message>
    <message>
        <source>Chance of buying again until learned</source>
        <translation>复购概率（学到之前）</translation>
    </message>
    <message>
        <source>Margin on a deal</source>
        <translation>每单毛利率</translation>
    </message>
    <message>
        <source>Visits needed for a customer's own spend</source>
        <translation>按客户自己年消费所需到店次数</translation>
    </message>
    <message>
        <source>Maintenance every</source>
        <translation>保养间隔</translation>
    </message>
    <message>
        <source>... or every</source>
        <translation>……或每隔</translation>
    </message>
    <message>
        <source>Unknown value parameter.</source>
        <translation>未知的价值参数。</translation>
    </message>
    <message>
        <source>{name}: a whole number from {low} to {high}.</source>
        <translation>{name}：请填 {low} 到 {high} 之间的整数。</translation>
    </message>
    <message>
        <source>Lost: no purchase, service visit or card spending for more than {days} days, or never any and not contacted for that long or marked lost.</source>
        <translation>流失：超过 {days} 天没有购车、到店消费或会员卡消费；或从未消费且同样长时间未联系，或已标记为流失。</translation>
    </message>
    <message>
        <source>High value: not lost, money score (M) at least {m} and recency score (R) at least {r}.</source>
        <translation>高价值：未流失，消费金额评分（M）不低于 {m}，且最近消费评分（R）不低于 {r}。</translation>
    </message>
    <message>
        <source>Loyal: not lost, and at least {n} purchases or visits in the last {months} months.</source>
        <translation>忠诚：未流失，且近 {months} 个月内至少 {n} 次购车或到店消费。</translation>
    </message>
    <message>
        <source>General: everyone else.</source>
        <translation>一般：其余客户。</translation>
    </message>
    <message>
        <source>A rank must be between 1 and the number of values.</source>
        <translation>排名必须在 1 与数值个数之间。</translation>
    </message>
    <message>
        <source>learned from the shop&apos;s records</source>
        <translation>由本店记录得出</translation>
    </message>
    <message>
        <source>the default (not enough repeat buyers yet)</source>
        <translation>默认值（复购客户尚不足）</translation>
    </message>
    <message>
        <source>Holding time: {months} months, {where}.</source>
        <translation>换车年限：{months} 个月，{where}。</translation>
    </message>
    <message>
        <source>Chance of buying the next car here: {pct}%, {where}.</source>
        <translation>在本店再购车的概率：{pct}%，{where}。</translation>
    </message>
    <message>
        <source>Keep at least one kind of visit.</source>
        <translation>至少保留一种到店类型。</translation>
    </message>
    <message>
        <source>This customer no longer exists.</source>
        <translation>该客户已不存在。</translation>
    </message>
    <message>
        <source>This customer is in the recycle bin: restore them first.</source>
        <translation>该客户在回收站中：请先恢复。</translation>
    </message>
    <message>
        <source>Please give the day of the visit.</source>
        <translation>请填写到店日期。</translation>
    </message>
    <message>
        <source>A visit cannot be dated in the future.</source>
        <translation>到店日期不能晚于今天。</translation>
    </message>
    <message>
        <source>The day of the visit is too long ago.</source>
        <translation>到店日期太早了。</translation>
    </message>
    <message>
        <source>Choose the car whose mileage this is.</source>
        <translation>请选择这个里程所属的车辆。</translation>
    </message>
    <message>
        <source>This car is not one of the customer&apos;s cars.</source>
        <translation>这辆车不属于该客户。</translation>
    </message>
    <message>
        <source>The mileage must be a whole number of km up to {max}.</source>
        <translation>里程须为不超过 {max} 的整数公里。</translation>
    </message>
    <message>
        <source>{km} km does not fit the {before} km recorded on {day} for this car: check the reading, or confirm that the odometer was changed.</source>
        <translation>{km} 公里与该车 {day} 记录的 {before} 公里不符：请核对读数，或确认更换过里程表。</translation>
    </message>
    <message>
        <source>Choose the kind of visit from the list.</source>
        <translation>请从列表中选择到店类型。</translation>
    </message>
    <message>
        <source>The amount must be between 0 and {max}.</source>
        <translation>金额须在 0 到 {max} 之间。</translation>
    </message>
    <message>
        <source>Choose how the visit was paid.</source>
        <translation>请选择付款方式。</translation>
    </message>
    <message>
        <source>The note is too long (at most 500 characters).</source>
        <translation>备注太长（最多 500 字）。</translation>
    </message>
    <message>
        <source>Choose one of the customer&apos;s cards to pay from.</source>
        <translation>请选择该客户的一张会员卡付款。</translation>
    </message>
    <message>
        <source>Give the amount to take from the card.</source>
        <translation>请填写从卡中扣除的金额。</translation>
    </message>
    <message>
        <source>Choose one of the customer&apos;s packages.</source>
        <translation>请选择该客户的一个套餐。</translation>
    </message>
    <message>
        <source>Service visit: {kind}</source>
        <translation>到店消费：{kind}</translation>
    </message>
    <message>
        <source>This visit no longer exists.</source>
        <translation>该到店记录已不存在。</translation>
    </message>
    <message>
        <source>Service visit changed</source>
        <translation>到店记录已修改</translation>
    </message>
</context>
<context>
    <name>ValueSettingsPage</name>
    <message>
        <source>Customer value</source>
        <translation>客户价值</translation>
    </message>
    <message>
        <source>The numbers behind the tiers, the remaining value and the maintenance reminder. The rules below read as they will apply; the Reports tabs follow once saved.</source>
        <translation>客户分级、剩余价值和保养提醒所依据的数字。下方规则即按当前数字生效；保存后统计报表随之更新。</translation>
    </message>
    <message>
        <source>Tiers and R, F, M</source>
        <translation>客户分级与 R、F、M</translation>
    </message>
    <message>
        <source>Remaining value and replacement window</source>
        <translation>剩余价值与换车窗口</translation>
    </message>
    <message>
        <source>Maintenance interval (whichever comes first)</source>
        <translation>保养间隔（以先到者为准）</translation>
    </message>
    <message>
        <source>Kinds of service visit</source>
        <translation>到店消费类型</translation>
    </message>
    <message>
        <source>The rules in words</source>
        <translation>规则说明</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>A new kind, e.g. 轮胎</source>
        <translation>新类型，如：轮胎</translation>
    </message>
    <message>
        <source>Maintenance and repair count as service value, the others as related business. Visits of a removed kind keep it.</source>
        <translation>保养和维修计为维修保养价值，其他计为关联业务。已删除类型的到店记录保留原类型。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>{kind} is on the list already.</source>
        <translation>{kind} 已在列表中。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Change a service visit</source>
        <translation>修改到店记录</translation>
    </message>
    <message>
        <source>Record a service visit</source>
        <translation>登记到店消费</translation>
    </message>
    <message>
        <source>km on the odometer</source>
        <translation>里程表读数（公里）</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Mileage (km)</source>
        <translation>里程（公里）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>会员卡</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>套餐</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
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
        <source>No particular car</source>
        <translation>不指定车辆</translation>
    </message>
    <message>
        <source>{no} · balance {balance}</source>
        <translation>{no} · 余额 {balance}</translation>
    </message>
    <message>
        <source>{name} · {left} of {total} left</source>
        <translation>{name} · 剩 {left}/{total} 次</translation>
    </message>
    <message>
        <source>No card: issue one on the Membership tab</source>
        <translation>没有会员卡：请先在“会员卡”页办卡</translation>
    </message>
    <message>
        <source>No package with uses left</source>
        <translation>没有剩余次数的套餐</translation>
    </message>
    <message>
        <source>The package used</source>
        <translation>所用套餐</translation>
    </message>
    <message>
        <source>Last reading {km} km on {day}.</source>
        <translation>上次读数：{day} {km} 公里。</translation>
    </message>
    <message>
        <source>About {pace} km a day.</source>
        <translation>约每天 {pace} 公里。</translation>
    </message>
    <message>
        <source>Please enter a whole number.</source>
        <translation>请输入整数。</translation>
    </message>
    <message>
        <source>Odometer changed?</source>
        <translation>更换过里程表？</translation>
    </message>
    <message>
        <source>{km} km does not fit the {before} km recorded on {day} for this car.
Was the odometer replaced or reset?</source>
        <translation>{km} 公里与该车 {day} 记录的 {before} 公里不符。
里程表是否更换或归零过？</translation>
    </message>
    <message>
        <source>Yes, the odometer was changed</source>
        <translation>是，更换过里程表</translation>
    </message>
    <message>
        <source>Check the reading</source>
        <translation>核对读数</translation>
    </message>
</context>
<context>
    <name>VisitsTab</name>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Mileage</source>
        <translation>里程</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Record a visit</source>
        <translation>登记到店</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>No service visits yet. Record each maintenance, repair or other visit: the car&apos;s mileage pace, its next maintenance and the customer&apos;s value follow from them.</source>
        <translation>还没有到店记录。每次保养、维修或其他到店都登记一下：车辆的行驶速度、下次保养日期和客户价值都由此得出。</translation>
    </message>
    <message>
        <source>{n} visits, {money} in all</source>
        <translation>共 {n} 次到店，合计 {money}</translation>
    </message>
    <message>
        <source>Tier: &lt;b&gt;{tier}&lt;/b&gt;, unchanged in the last 12 months.</source>
        <translation>客户分级：&lt;b&gt;{tier}&lt;/b&gt;，近 12 个月未变。</translation>
    </message>
    <message>
        <source>Tier: {before} → &lt;b&gt;{tier}&lt;/b&gt; since {month}.</source>
        <translation>客户分级：{before} → &lt;b&gt;{tier}&lt;/b&gt;（自 {month} 起）。</translation>
    </message>
    <message>
        <source>{month_name} {year}</source>
        <translation>{year}年{month}月</translation>
    </message>
    <message>
        <source>{kind} on {day}, {money}</source>
        <translation>{day} 的{kind}，{money}</translation>
    </message>
    <message>
        <source>Delete visit</source>
        <translation>删除到店记录</translation>
    </message>
    <message>
        <source>Delete the visit {what}?</source>
        <translation>删除到店记录：{what}？</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>The visit {what} was paid from a card: deleting it reverses that payment in the card&apos;s ledger. Why is it deleted?</source>
        <translation>到店记录 {what} 是用会员卡支付的：删除后会在卡的流水中冲正这笔付款。删除原因是什么？</translation>
    </message>
</context>
</TS>
