<?xml version='1.0' encoding='utf-8'?>
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
        <source>learned from the shop's records</source>
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
</context>
</TS>