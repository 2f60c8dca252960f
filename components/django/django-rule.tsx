import { SUPPORT_LABELS } from '@/lib/signals/django-support'

/** How a package's support for a Django series is read: stated once, on the about page and every series page. */
export function DjangoRule() {
  return (
    <dl className="grid grid-cols-[7.5rem_1fr] gap-x-4 gap-y-3 text-sm" data-django-rule>
      <dt className="font-medium">{SUPPORT_LABELS.declared}</dt>
      <dd>
        The package’s latest release carries the series’ trove classifier, “Framework :: Django :: 6.1” for
        6.1.
      </dd>
      <dt className="font-medium">{SUPPORT_LABELS['not-declared']}</dt>
      <dd>
        Its latest release names other Django series but not this one, or its requirement on Django leaves the
        series out, whatever the classifiers say (“Django&lt;6” leaves out 6.0 and later).
      </dd>
      <dt className="font-medium">{SUPPORT_LABELS.unknown}</dt>
      <dd>
        Its latest release carries only the bare “Framework :: Django”, or no Django classifier at all, or its
        metadata has not been read yet. Unknown is not “no”.
      </dd>
    </dl>
  )
}
