import { Children, cloneElement, isValidElement, type ReactElement, type ReactNode } from 'react';

interface TabItemProps {
  value?: string;
  label?: string;
  children?: ReactNode;
}

/**
 * Docusaurus' and Nextra's `<Tabs>`: the site has no tabs, so every tab is shown, one after another, each
 * under its label (as the other engines' tabs are, lib/markdown/engine-syntax.ts). Docusaurus' old
 * `values={[{ label, value }]}` names the tabs whose items give only their `value`; Nextra's `items={['npm', …]}`
 * names its `<Tabs.Tab>`s in order.
 */
export function Tabs({ values, items, children }: { values?: readonly { label?: string; value?: string }[]; items?: readonly string[]; children?: ReactNode }) {
  // Only the tabs: the text between them is the layout's whitespace.
  const tabs = Children.toArray(children).filter(isValidElement) as ReactElement<TabItemProps>[];
  return (
    <>
      {tabs.map((item, place) => {
        const label = item.props.label ?? values?.find((entry) => entry.value === item.props.value)?.label ?? items?.[place];
        return label === undefined ? item : cloneElement(item, { label });
      })}
    </>
  );
}

/** One tab of `<Tabs>`: its label in bold above its content. */
export function TabItem({ value, label, children }: TabItemProps) {
  const name = label ?? value;
  return (
    <>
      {name ? (
        <p>
          <strong>{name}</strong>
        </p>
      ) : null}
      {children}
    </>
  );
}

// Nextra writes a tab `<Tabs.Tab>`: MDX reads it as this property of the <Tabs> it is given.
Tabs.Tab = TabItem;

/** Nextra's `<Steps>`: its `###` headings and their text, as written (the site numbers no steps). */
export function Steps({ children }: { children?: ReactNode }) {
  return <>{children}</>;
}
