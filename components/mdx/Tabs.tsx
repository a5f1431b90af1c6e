import { Children, cloneElement, isValidElement, type ReactElement, type ReactNode } from 'react';

interface TabItemProps {
  value?: string;
  label?: string;
  children?: ReactNode;
}

/**
 * Docusaurus' `<Tabs>`: the site has no tabs, so every tab is shown, one after another, each under its
 * label (as the other engines' tabs are, lib/markdown/engine-syntax.ts). Its old `values={[{ label, value }]}`
 * names the tabs whose items give only their `value`.
 */
export function Tabs({ values, children }: { values?: readonly { label?: string; value?: string }[]; children?: ReactNode }) {
  return (
    <>
      {Children.map(children, (child) => {
        if (!isValidElement(child)) return child;
        const item = child as ReactElement<TabItemProps>;
        const label = item.props.label ?? values?.find((entry) => entry.value === item.props.value)?.label;
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
