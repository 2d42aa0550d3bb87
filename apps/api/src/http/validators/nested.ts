import { applyDecorators } from '@nestjs/common';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsOptional, ValidateBy, ValidateNested } from 'class-validator';

/** The DTO class, as class-transformer's @Type takes it. */
type DtoClass = () => Function;

const isPlainObject = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value);

/** An object, not an array: @ValidateNested alone validates an array's items instead, and so accepts `[]`. */
function IsNestedObject(each = false): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isNestedObject',
      validator: {
        validate: isPlainObject,
        defaultMessage: (args) => (args?.value === undefined || args?.value === null ? '$property is required' : each ? 'each item of $property must be an object' : '$property must be an object'),
      },
    },
    { each },
  );
}

/** A required nested object. @ValidateNested skips an absent value, so without this a missing object passes. */
export function RequiredNested(type: DtoClass): PropertyDecorator {
  return applyDecorators(IsNestedObject(), ValidateNested(), Type(type));
}

/** An optional nested object: absent is fine, but when given it is an object and valid. */
export function OptionalNested(type: DtoClass): PropertyDecorator {
  return applyDecorators(IsOptional(), IsNestedObject(), ValidateNested(), Type(type));
}

/** A list of nested objects, each an object (not a list of lists) and valid. */
export function NestedList(type: DtoClass, size: { min?: number; max: number }): PropertyDecorator {
  return applyDecorators(IsArray(), ...(size.min ? [ArrayMinSize(size.min)] : []), ArrayMaxSize(size.max), IsNestedObject(true), ValidateNested({ each: true }), Type(type));
}
